package integrity

import (
	"crypto/sha256"
	"encoding/hex"

	sha256simd "github.com/minio/sha256-simd"
	"golang.org/x/crypto/sha3"
)

func digest(data []byte) string {
	// ruleid: go-crypto-sha256 -> SHA-256 function=digest
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func streaming(chunks [][]byte) []byte {
	// ruleid: go-crypto-sha256 -> SHA-256
	h := sha256.New()
	for _, c := range chunks {
		h.Write(c)
	}
	return h.Sum(nil)
}

func truncated(data []byte) {
	// ruleid: go-crypto-sha256 -> SHA-224
	a := sha256.Sum224(data)
	// ruleid: go-crypto-sha256 -> SHA-224
	b := sha256.New224()
	_, _ = a, b
}

func lookalikes(data []byte) {
	// ok: go-crypto-sha256
	s := sha256simd.Sum256(data)
	// ok: go-crypto-sha256
	t := sha3.Sum256(data)
	_, _ = s, t
}
