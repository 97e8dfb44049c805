package vault

import (
	"crypto/pbkdf2"
	"crypto/sha256"
	"crypto/sha512"

	xpbkdf2 "golang.org/x/crypto/pbkdf2"
	"github.com/acme/internal/crypto/pbkdf2x"
)

func Derive(password string, salt []byte) ([]byte, error) {
	// ruleid: go-crypto-pbkdf2 -> PBKDF2-SHA-256 function=keyderive note=600000_iterations
	return pbkdf2.Key(sha256.New, password, salt, 600000, 32)
}

func DeriveFrom(password string, salt []byte, n int) ([]byte, error) {
	// ruleid: go-crypto-pbkdf2 -> PBKDF2-SHA-512 unresolved=iterations
	return pbkdf2.Key(sha512.New, password, salt, n, 64)
}

func Lookalike(password string, salt []byte) {
	// ok: go-crypto-pbkdf2
	_ = deriveKey(password, salt)
	// ok: go-crypto-pbkdf2
	_ = xpbkdf2.Key([]byte(password), salt, 4096, 32, sha256.New)
	// ok: go-crypto-pbkdf2
	_, _ = pbkdf2x.Key(sha256.New, password, salt, 4096, 32)
}

func deriveKey(p string, s []byte) []byte { return nil }
