package vault

import (
	"golang.org/x/crypto/scrypt"

	"github.com/acme/kdf/scrypt2"
)

func Hash(password, salt []byte) ([]byte, error) {
	// ruleid: go-xcrypto-scrypt -> scrypt function=keyderive
	return scrypt.Key(password, salt, 1<<15, 8, 1, 32)
}

func Other(password, salt []byte) {
	// ok: go-xcrypto-scrypt
	k, _ := scrypt2.Key(password, salt, 1<<15, 8, 1, 32)
	_ = k
}
