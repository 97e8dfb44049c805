package mac

import (
	"crypto/hmac"
	"crypto/sha256"

	"golang.org/x/crypto/poly1305"
)

func Tag(key *[32]byte, msg []byte) [16]byte {
	var out [16]byte
	// ruleid: go-xcrypto-poly1305 -> Poly1305 function=tag
	poly1305.Sum(&out, msg, key)
	return out
}

func Stream(key *[32]byte) {
	// ruleid: go-xcrypto-poly1305 -> Poly1305
	m := poly1305.New(key)
	// ok: go-xcrypto-poly1305
	h := hmac.New(sha256.New, key[:])
	_, _ = m, h
}
