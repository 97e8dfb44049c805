package stream

import (
	"crypto/cipher"

	"golang.org/x/crypto/chacha20"
	"golang.org/x/crypto/salsa20"
)

func Chacha(key, nonce, dst, src []byte) error {
	// ruleid: go-xcrypto-stream-cipher -> ChaCha20 function=encrypt
	c, err := chacha20.NewUnauthenticatedCipher(key, nonce)
	if err != nil {
		return err
	}
	c.XORKeyStream(dst, src)
	return nil
}

func Salsa(key *[32]byte, nonce, dst, src []byte) {
	// ruleid: go-xcrypto-stream-cipher -> Salsa20
	salsa20.XORKeyStream(dst, src, nonce, key)
}

func Generic(s cipher.Stream, dst, src []byte) {
	// ok: go-xcrypto-stream-cipher
	s.XORKeyStream(dst, src)
}
