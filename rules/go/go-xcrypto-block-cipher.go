package legacy

import (
	"crypto/aes"

	"golang.org/x/crypto/blowfish"
	"golang.org/x/crypto/cast5"
	"golang.org/x/crypto/twofish"
)

func Blowfish(key []byte) (*blowfish.Cipher, error) {
	// ruleid: go-xcrypto-block-cipher -> Blowfish function=encrypt
	return blowfish.NewCipher(key)
}

func BcryptStyle(key, salt []byte) {
	// ruleid: go-xcrypto-block-cipher -> Blowfish
	c, _ := blowfish.NewSaltedCipher(key, salt)
	_ = c
}

func PGP(key []byte) {
	// ruleid: go-xcrypto-block-cipher -> CAST5
	c, _ := cast5.NewCipher(key)
	_ = c
}

func Two() {
	k := make([]byte, 32)
	// ruleid: go-xcrypto-block-cipher -> Twofish-256
	c, _ := twofish.NewCipher(k)
	// ok: go-xcrypto-block-cipher
	a, _ := aes.NewCipher(k)
	_, _ = c, a
}
