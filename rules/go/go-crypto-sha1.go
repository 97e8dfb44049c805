package gitobj

import (
	"crypto/sha1"
	"fmt"

	sha1cd "github.com/pjbgf/sha1cd"
)

func objectID(kind string, body []byte) string {
	// ruleid: go-crypto-sha1 -> SHA-1 function=digest
	h := sha1.New()
	fmt.Fprintf(h, "%s %d\x00", kind, len(body))
	h.Write(body)
	return fmt.Sprintf("%x", h.Sum(nil))
}

func short(b []byte) [20]byte {
	// ruleid: go-crypto-sha1 -> SHA-1
	return sha1.Sum(b)
}

func collisionDetecting(b []byte) {
	// ok: go-crypto-sha1
	h := sha1cd.New()
	h.Write(b)
}
