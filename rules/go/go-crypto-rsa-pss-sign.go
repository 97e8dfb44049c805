package token

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
)

func SignPS256(priv *rsa.PrivateKey, payload []byte) ([]byte, error) {
	sum := sha256.Sum256(payload)
	opts := &rsa.PSSOptions{SaltLength: rsa.PSSSaltLengthEqualsHash}
	// ruleid: go-crypto-rsa-pss-sign -> RSA-PSS-SHA-256 function=sign
	return rsa.SignPSS(rand.Reader, priv, crypto.SHA256, sum[:], opts)
}

func SignPS384(priv *rsa.PrivateKey, digest []byte) []byte {
	// ruleid: go-crypto-rsa-pss-sign -> RSA-PSS-SHA-384
	sig, _ := rsa.SignPSS(rand.Reader, priv, crypto.SHA384, digest, nil)
	// ok: go-crypto-rsa-pss-sign
	v, _ := rsa.SignPKCS1v15(rand.Reader, priv, crypto.SHA384, digest)
	_ = v
	return sig
}

func SignOverride(priv *rsa.PrivateKey, digest []byte) []byte {
	pssOpts := &rsa.PSSOptions{SaltLength: 32, Hash: crypto.SHA512}
	// ruleid: go-crypto-rsa-pss-sign -> RSA-PSS-SHA-512
	sig, _ := rsa.SignPSS(rand.Reader, priv, crypto.SHA256, digest, pssOpts)
	return sig
}
