package digests

import (
	"crypto/sha256"

	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/blake2s"
	"golang.org/x/crypto/md4"
	"golang.org/x/crypto/ripemd160"
)

func NTLM(password []byte) []byte {
	// ruleid: go-xcrypto-hash -> MD4 function=digest
	h := md4.New()
	h.Write(password)
	return h.Sum(nil)
}

func Bitcoin(pub []byte) []byte {
	sha := sha256.Sum256(pub)
	// ruleid: go-xcrypto-hash -> RIPEMD-160
	r := ripemd160.New()
	r.Write(sha[:])
	return r.Sum(nil)
}

func Blake(data, key []byte) {
	// ruleid: go-xcrypto-hash -> BLAKE2b-256
	a := blake2b.Sum256(data)
	// ruleid: go-xcrypto-hash -> BLAKE2b-512
	b, _ := blake2b.New512(key)
	// ruleid: go-xcrypto-hash -> BLAKE2s-256
	c := blake2s.Sum256(data)
	// ok: go-xcrypto-hash
	d := sha256.Sum256(data)
	_, _, _, _ = a, b, c, d
}
