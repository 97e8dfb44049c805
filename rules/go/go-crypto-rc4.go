package legacy

import (
	"crypto/rc4"

	"golang.org/x/crypto/cast5"
)

func obfuscate(key, data []byte) []byte {
	// ruleid: go-crypto-rc4 -> RC4 function=encrypt
	c, err := rc4.NewCipher(key)
	if err != nil {
		return nil
	}
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

func notRC4(key []byte) {
	// ok: go-crypto-rc4
	c, _ := cast5.NewCipher(key)
	_ = c
}
