package envelope

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"hash"
)

func Wrap(pub *rsa.PublicKey, dek []byte) ([]byte, error) {
	// ruleid: go-crypto-rsa-oaep-encrypt -> RSA-OAEP-SHA-256 function=encrypt
	return rsa.EncryptOAEP(sha256.New(), rand.Reader, pub, dek, nil)
}

func Legacy(pub *rsa.PublicKey, dek []byte) ([]byte, error) {
	label := []byte("orders")
	// ruleid: go-crypto-rsa-oaep-encrypt -> RSA-OAEP-SHA-1
	ct, err := rsa.EncryptOAEP(sha1.New(), rand.Reader, pub, dek, label)
	return ct, err
}

func Generic(h hash.Hash, pub *rsa.PublicKey, dek []byte) {
	// ruleid: go-crypto-rsa-oaep-encrypt -> RSA-OAEP unresolved=hash
	rsa.EncryptOAEP(h, rand.Reader, pub, dek, nil)
	// ruleid: go-crypto-rsa-oaep-encrypt -> RSA-OAEP-SHA-512
	rsa.EncryptOAEP(crypto.SHA512.New(), rand.Reader, pub, dek, nil)
	// ok: go-crypto-rsa-oaep-encrypt
	rsa.EncryptPKCS1v15(rand.Reader, pub, dek)
}
