package auth

import (
	"golang.org/x/crypto/bcrypt"
)

func Register(password string) ([]byte, error) {
	// ruleid: go-xcrypto-bcrypt -> bcrypt function=keyderive
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
}

func Strong(password []byte) []byte {
	// ruleid: go-xcrypto-bcrypt -> bcrypt
	h, _ := bcrypt.GenerateFromPassword(password, 14)
	// ok: go-xcrypto-bcrypt
	cost, _ := bcrypt.Cost(h)
	_ = cost
	return h
}
