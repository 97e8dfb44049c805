package token

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
)

func SignRS256(priv *rsa.PrivateKey, payload []byte) ([]byte, error) {
	sum := sha256.Sum256(payload)
	// ruleid: go-crypto-rsa-pkcs1v15-sign -> RSA-PKCS1-1.5-SHA-256 function=sign
	return rsa.SignPKCS1v15(rand.Reader, priv, crypto.SHA256, sum[:])
}

func SignRS512(priv *rsa.PrivateKey, payload []byte) []byte {
	sum := sha512.Sum512(payload)
	// ruleid: go-crypto-rsa-pkcs1v15-sign -> RSA-PKCS1-1.5-SHA-512
	sig, _ := rsa.SignPKCS1v15(nil, priv, crypto.SHA512, sum[:])
	return sig
}

const legacyHash = crypto.SHA1

func SignLegacy(priv *rsa.PrivateKey, payload []byte) []byte {
	sum := sha1.Sum(payload)
	// ruleid: go-crypto-rsa-pkcs1v15-sign -> RSA-PKCS1-1.5-SHA-1
	sig, _ := rsa.SignPKCS1v15(rand.Reader, priv, legacyHash, sum[:])
	return sig
}

func SignWith(priv *rsa.PrivateKey, h crypto.Hash, digest []byte) []byte {
	// ruleid: go-crypto-rsa-pkcs1v15-sign -> RSA unresolved=hash
	sig, _ := rsa.SignPKCS1v15(rand.Reader, priv, h, digest)
	// ok: go-crypto-rsa-pkcs1v15-sign
	pss, _ := rsa.SignPSS(rand.Reader, priv, h, digest, nil)
	_ = pss
	return sig
}
