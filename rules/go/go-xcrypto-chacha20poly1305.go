package box

import (
	"crypto/cipher"

	"golang.org/x/crypto/chacha20poly1305"
	"golang.org/x/crypto/poly1305"
)

func Seal(key, nonce, msg []byte) ([]byte, error) {
	// ruleid: go-xcrypto-chacha20poly1305 -> ChaCha20-Poly1305 function=encrypt
	aead, err := chacha20poly1305.New(key)
	if err != nil {
		return nil, err
	}
	return aead.Seal(nil, nonce, msg, nil), nil
}

func SealX(key []byte) cipher.AEAD {
	// ruleid: go-xcrypto-chacha20poly1305 -> XChaCha20-Poly1305
	aead, _ := chacha20poly1305.NewX(key)
	return aead
}

func Tag(key *[32]byte, msg []byte) {
	var out [16]byte
	// ok: go-xcrypto-chacha20poly1305
	poly1305.Sum(&out, msg, key)
}
