package vault

import (
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"hash"

	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
)

const iterations = 600000

func DeriveKey(password, salt []byte) []byte {
	// ruleid: go-xcrypto-pbkdf2 -> PBKDF2-SHA-256 function=keyderive note=600000_iterations
	return pbkdf2.Key(password, salt, iterations, 32, sha256.New)
}

func Legacy(password, salt []byte) []byte {
	// ruleid: go-xcrypto-pbkdf2 -> PBKDF2-SHA-1 note=4096_iterations
	return pbkdf2.Key(password, salt, 4096, 32, sha1.New)
}

func Strong(password, salt []byte) []byte {
	// ruleid: go-xcrypto-pbkdf2 -> PBKDF2-SHA-512
	dk := pbkdf2.Key(password, salt, 210000, 64, sha512.New)
	return dk
}

func Custom(password, salt []byte, rounds int, h func() hash.Hash) []byte {
	// ruleid: go-xcrypto-pbkdf2 -> PBKDF2-SHA-256 unresolved=iterations
	a := pbkdf2.Key(password, salt, rounds, 32, sha256.New)
	// ruleid: go-xcrypto-pbkdf2 -> PBKDF2 unresolved=hash
	b := pbkdf2.Key(password, salt, 10000, 32, h)
	// ok: go-xcrypto-pbkdf2
	c, _ := scrypt.Key(password, salt, 32768, 8, 1, 32)
	return append(append(a, b...), c...)
}
