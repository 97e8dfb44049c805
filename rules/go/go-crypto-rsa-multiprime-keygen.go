package keys

import (
	"crypto/rand"
	"crypto/rsa"
)

func multi() {
	// ruleid: go-crypto-rsa-multiprime-keygen -> RSA-4096 function=keygen
	k, _ := rsa.GenerateMultiPrimeKey(rand.Reader, 3, 4096)
	// ok: go-crypto-rsa-multiprime-keygen
	j, _ := rsa.GenerateKey(rand.Reader, 4096)
	_, _ = k, j
}
