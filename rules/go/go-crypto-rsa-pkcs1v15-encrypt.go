package envelope

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
)

func WrapLegacy(pub *rsa.PublicKey, key []byte) ([]byte, error) {
	// ruleid: go-crypto-rsa-pkcs1v15-encrypt -> RSA-PKCS1-1.5 function=encrypt
	return rsa.EncryptPKCS1v15(rand.Reader, pub, key)
}

func WrapModern(pub *rsa.PublicKey, key []byte) ([]byte, error) {
	// ok: go-crypto-rsa-pkcs1v15-encrypt
	return rsa.EncryptOAEP(sha256.New(), rand.Reader, pub, key, nil)
}
