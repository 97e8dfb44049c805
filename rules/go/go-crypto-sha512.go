package integrity

import (
	"crypto/sha512"
	"io"

	"golang.org/x/crypto/blake2b"
)

func hashAll(r io.Reader) ([]byte, error) {
	// ruleid: go-crypto-sha512 -> SHA-512 function=digest
	h := sha512.New()
	if _, err := io.Copy(h, r); err != nil {
		return nil, err
	}
	return h.Sum(nil), nil
}

func variants(b []byte) {
	// ruleid: go-crypto-sha512 -> SHA-512
	_ = sha512.Sum512(b)
	// ruleid: go-crypto-sha512 -> SHA-384
	_ = sha512.Sum384(b)
	// ruleid: go-crypto-sha512 -> SHA-384
	h384 := sha512.New384()
	// ruleid: go-crypto-sha512 -> SHA-512/256
	_ = sha512.Sum512_256(b)
	// ruleid: go-crypto-sha512 -> SHA-512/224
	h224 := sha512.New512_224()
	// ok: go-crypto-sha512
	_ = blake2b.Sum512(b)
	_, _ = h384, h224
}
