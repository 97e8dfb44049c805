package token

import (
	"crypto"
	"crypto/rsa"
	"crypto/sha256"
)

func VerifyRS256(pub *rsa.PublicKey, payload, sig []byte) error {
	sum := sha256.Sum256(payload)
	// ruleid: go-crypto-rsa-pkcs1v15-verify -> RSA-PKCS1-1.5-SHA-256 function=verify
	return rsa.VerifyPKCS1v15(pub, crypto.SHA256, sum[:], sig)
}

func VerifyPS256(pub *rsa.PublicKey, digest, sig []byte) error {
	// ok: go-crypto-rsa-pkcs1v15-verify
	return rsa.VerifyPSS(pub, crypto.SHA256, digest, sig, nil)
}
