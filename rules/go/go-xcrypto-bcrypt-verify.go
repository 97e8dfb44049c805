package auth

import (
	"golang.org/x/crypto/bcrypt"
)

func Login(stored []byte, password string) bool {
	// ruleid: go-xcrypto-bcrypt-verify -> bcrypt function=verify
	return bcrypt.CompareHashAndPassword(stored, []byte(password)) == nil
}

func Hash(p []byte) {
	// ok: go-xcrypto-bcrypt-verify
	bcrypt.GenerateFromPassword(p, bcrypt.MinCost)
}
