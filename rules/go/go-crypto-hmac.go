package webhook

import (
	"crypto"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"hash"

	"golang.org/x/crypto/sha3"
	"github.com/acme/sig/hmac2"
)

var newHash = sha512.New384

func Sign(secret, body []byte) string {
	// ruleid: go-crypto-hmac -> HMAC-SHA-256 function=tag
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}

func Verify(secret, body []byte, sig string) bool {
	// ruleid: go-crypto-hmac -> HMAC-SHA-1
	mac := hmac.New(sha1.New, secret)
	mac.Write(body)
	expected, _ := hex.DecodeString(sig)
	// ok: go-crypto-hmac
	return hmac.Equal(mac.Sum(nil), expected)
}

func others(key []byte, h func() hash.Hash) {
	// ruleid: go-crypto-hmac -> HMAC-MD5
	a := hmac.New(md5.New, key)
	// ruleid: go-crypto-hmac -> HMAC-SHA-512
	b := hmac.New(sha512.New, key)
	// ruleid: go-crypto-hmac -> HMAC-SHA-384
	c := hmac.New(newHash, key)
	// ruleid: go-crypto-hmac -> HMAC-SHA3-256
	d := hmac.New(sha3.New256, key)
	// ruleid: go-crypto-hmac -> HMAC-SHA-256
	e := hmac.New(crypto.SHA256.New, key)
	// ruleid: go-crypto-hmac -> HMAC unresolved=hash
	f := hmac.New(h, key)
	// ok: go-crypto-hmac
	g := hmac2.New(sha256.New, key)
	_, _, _, _, _, _, _ = a, b, c, d, e, f, g
}
