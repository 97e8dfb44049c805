package signer

import (
	"crypto"
	_ "crypto/sha256"
	_ "crypto/sha512"
)

func hashOf(data []byte) []byte {
	// ruleid: go-crypto-hash-new -> SHA-256 function=digest
	h := crypto.SHA256.New()
	h.Write(data)
	return h.Sum(nil)
}

func both(data []byte) {
	// ruleid: go-crypto-hash-new -> SHA-384
	crypto.SHA384.New().Write(data)
}

func fromOptions(opts crypto.SignerOpts, data []byte) {
	// ok: go-crypto-hash-new
	h := opts.HashFunc().New()
	// ok: go-crypto-hash-new
	ok := crypto.SHA256.Available()
	_, _ = h, ok
}
