package session

import (
	stdhkdf "crypto/hkdf"
	"crypto/sha256"
	"crypto/sha512"
	"io"

	"golang.org/x/crypto/hkdf"
)

func Keys(secret, salt, info []byte) ([]byte, error) {
	// ruleid: go-crypto-hkdf -> HKDF-SHA-256 function=keyderive
	r := hkdf.New(sha256.New, secret, salt, info)
	key := make([]byte, 32)
	if _, err := io.ReadFull(r, key); err != nil {
		return nil, err
	}
	return key, nil
}

func TwoStep(secret, salt, info []byte) io.Reader {
	// ruleid: go-crypto-hkdf -> HKDF-SHA-384
	prk := hkdf.Extract(sha512.New384, secret, salt)
	// ruleid: go-crypto-hkdf -> HKDF-SHA-384
	return hkdf.Expand(sha512.New384, prk, info)
}

func Std(secret []byte) ([]byte, error) {
	// ruleid: go-crypto-hkdf -> HKDF-SHA-512
	return stdhkdf.Key(sha512.New, secret, nil, "app v1", 64)
}

func NotHKDF(secret []byte) {
	// ok: go-crypto-hkdf
	_ = sha256.New()
}
