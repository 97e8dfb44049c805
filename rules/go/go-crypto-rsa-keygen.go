package keys

import (
	"crypto/rand"
	"crypto/rsa"

	"github.com/acme/hsm/rsa2"
)

const keyBits = 3072

func New() (*rsa.PrivateKey, error) {
	// ruleid: go-crypto-rsa-keygen -> RSA-2048 function=keygen
	return rsa.GenerateKey(rand.Reader, 2048)
}

func Strong() *rsa.PrivateKey {
	// ruleid: go-crypto-rsa-keygen -> RSA-3072
	priv, err := rsa.GenerateKey(rand.Reader, keyBits)
	if err != nil {
		panic(err)
	}
	return priv
}

func Weak() {
	bits := 1024
	// ruleid: go-crypto-rsa-keygen -> RSA-1024
	k, _ := rsa.GenerateKey(rand.Reader, bits)
	_ = k
}

func Configured(size int) {
	// ruleid: go-crypto-rsa-keygen -> RSA unresolved=size
	k, _ := rsa.GenerateKey(rand.Reader, size)
	// ok: go-crypto-rsa-keygen
	h, _ := rsa2.GenerateKey(rand.Reader, 2048)
	_, _ = k, h
}
