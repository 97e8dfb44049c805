package checksum

import (
	"crypto/md5"
	"encoding/hex"
	"io"

	"github.com/acme/fastmd5"
)

func fileETag(r io.Reader) (string, error) {
	// ruleid: go-crypto-md5 -> MD5 function=digest
	h := md5.New()
	if _, err := io.Copy(h, r); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func quick(data []byte) string {
	// ruleid: go-crypto-md5 -> MD5
	sum := md5.Sum(data)
	// ok: go-crypto-md5
	other := fastmd5.Sum(data)
	// ok: go-crypto-md5
	_ = h.Sum(nil)
	_ = other
	return hex.EncodeToString(sum[:])
}

var h = md5.Size
