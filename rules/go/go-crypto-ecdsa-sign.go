package token

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
)

func SignES256(priv *ecdsa.PrivateKey, payload []byte) ([]byte, error) {
	digest := sha256.Sum256(payload)
	// ruleid: go-crypto-ecdsa-sign -> ECDSA function=sign
	return ecdsa.SignASN1(rand.Reader, priv, digest[:])
}

func SignRaw(priv *ecdsa.PrivateKey, digest []byte) {
	// ruleid: go-crypto-ecdsa-sign -> ECDSA
	r, s, err := ecdsa.Sign(rand.Reader, priv, digest)
	// ok: go-crypto-ecdsa-sign
	sig := ed25519.Sign(nil, digest)
	_, _, _, _ = r, s, err, sig
}
