package auth

import (
	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/pbkdf2"
)

const timeCost = 3

func HashPassword(password, salt []byte) []byte {
	// ruleid: go-xcrypto-argon2 -> Argon2id function=keyderive note=1_iterations
	return argon2.IDKey(password, salt, 1, 64*1024, 4, 32)
}

func HashLegacy(password, salt []byte) []byte {
	// ruleid: go-xcrypto-argon2 -> Argon2i note=3_iterations
	return argon2.Key(password, salt, timeCost, 32*1024, 4, 32)
}

func NotArgon(password, salt []byte) {
	// ok: go-xcrypto-argon2
	_ = pbkdf2.Key(password, salt, 1000, 32, nil)
}
