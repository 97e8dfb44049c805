package legacy

import (
	"crypto/cipher"
	"crypto/des"

	"github.com/acme/crypto/des3"
)

func tdes(key []byte) (cipher.Block, error) {
	// ruleid: go-crypto-des -> 3DES function=encrypt
	return des.NewTripleDESCipher(key)
}

func single(key []byte) cipher.Block {
	// ruleid: go-crypto-des -> DES
	block, err := des.NewCipher(key[:8])
	if err != nil {
		panic(err)
	}
	return block
}

func lookalike(key []byte) {
	// ok: go-crypto-des
	b, _ := des3.NewCipher(key)
	// ok: go-crypto-des
	c, _ := NewCipher(key)
	_, _ = b, c
}

func NewCipher(k []byte) (cipher.Block, error) { return nil, nil }
