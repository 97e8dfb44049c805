package signer

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
)

// ruleid: go-crypto-hash-constant -> SHA-384
const defaultHash = crypto.SHA384

type Options struct {
	Hash crypto.Hash
}

func sign(priv *rsa.PrivateKey, msg []byte) ([]byte, error) {
	digest := sha256.Sum256(msg)
	// ruleid: go-crypto-hash-constant -> SHA-256 function=digest
	return rsa.SignPKCS1v15(rand.Reader, priv, crypto.SHA256, digest[:])
}

func pss(priv *rsa.PrivateKey, digest []byte) ([]byte, error) {
	// ruleid: go-crypto-hash-constant -> SHA-512
	opts := &rsa.PSSOptions{SaltLength: rsa.PSSSaltLengthEqualsHash, Hash: crypto.SHA512}
	return rsa.SignPSS(rand.Reader, priv, opts.Hash, digest, opts)
}

func configured() Options {
	// ruleid: go-crypto-hash-constant -> SHA-512/256
	return Options{Hash: crypto.SHA512_256}
}

func modern() crypto.Hash {
	// ruleid: go-crypto-hash-constant -> SHA3-256
	h := crypto.SHA3_256
	return h
}

func name(h crypto.Hash) string {
	switch h {
	// ok: go-crypto-hash-constant
	case crypto.SHA1:
		return "sha1"
	}
	// ok: go-crypto-hash-constant
	if h == crypto.MD5 {
		return "md5"
	}
	// ok: go-crypto-hash-constant
	return crypto.Hash(0).String()
}
