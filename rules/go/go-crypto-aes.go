package secure

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"io"

	myaes "example.com/internal/aes"
	vendoraes "github.com/acme/crypto/aes"
	"golang.org/x/crypto/blowfish"
)

const keyLen = 16

func encrypt(plaintext []byte) ([]byte, error) {
	key := make([]byte, 32)
	if _, err := io.ReadFull(rand.Reader, key); err != nil {
		return nil, err
	}
	// ruleid: go-crypto-aes -> AES-256 function=encrypt
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	return gcm.Seal(nonce, nonce, plaintext, nil), nil
}

func withConstantLength() (cipher.Block, error) {
	shortKey := make([]byte, keyLen)
	// ruleid: go-crypto-aes -> AES-128
	return aes.NewCipher(shortKey)
}

func fromCaller(secret []byte) cipher.Block {
	// ruleid: go-crypto-aes -> AES unresolved=size
	b, _ := aes.NewCipher(secret)
	return b
}

func inline(k []byte) {
	// ruleid: go-crypto-aes -> AES
	c, _ := aes.NewCipher(append([]byte{}, k...))
	_ = c
	// ok: go-crypto-aes
	other, _ := myaes.NewCipher(k)
	// ok: go-crypto-aes
	bf, _ := blowfish.NewCipher(k)
	// ok: go-crypto-aes
	v, _ := vendoraes.NewCipher(k)
	_ = v
	// aes.NewCipher(k) in a comment is not a call
	_, _ = other, bf
}
