package envelope

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
)

func Unwrap(priv *rsa.PrivateKey, wrapped []byte) ([]byte, error) {
	hasher := sha256.New()
	// ruleid: go-crypto-rsa-oaep-decrypt -> RSA-OAEP-SHA-256 function=decrypt
	return rsa.DecryptOAEP(hasher, rand.Reader, priv, wrapped, nil)
}

func Other(priv *rsa.PrivateKey, wrapped []byte) {
	// ok: go-crypto-rsa-oaep-decrypt
	rsa.DecryptPKCS1v15(rand.Reader, priv, wrapped)
}
