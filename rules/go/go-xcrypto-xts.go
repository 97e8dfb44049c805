package disk

import (
	"crypto/aes"
	"crypto/cipher"

	"golang.org/x/crypto/twofish"
	"golang.org/x/crypto/xts"
)

func Sector(key []byte) (*xts.Cipher, error) {
	// ruleid: go-xcrypto-xts -> AES-XTS function=encrypt
	return xts.NewCipher(aes.NewCipher, key)
}

func Other(key []byte) {
	// ruleid: go-xcrypto-xts -> unknown unresolved=algorithm
	c, _ := xts.NewCipher(func(k []byte) (cipher.Block, error) { return twofish.NewCipher(k) }, key)
	// ok: go-xcrypto-xts
	b, _ := aes.NewCipher(key)
	_, _ = c, b
}
