package sealed

import (
	"github.com/cloudflare/circl/hpke"
)

func Suites() {
	// ruleid: go-circl-hpke-aead -> AES-128-GCM function=encrypt
	_ = hpke.NewSuite(hpke.KEM_X25519_HKDF_SHA256, hpke.KDF_HKDF_SHA256, hpke.AEAD_AES128GCM)
	// ruleid: go-circl-hpke-aead -> ChaCha20-Poly1305
	aead := hpke.AEAD_ChaCha20Poly1305
	// ok: go-circl-hpke-aead
	_ = hpke.KDF_HKDF_SHA512
	_ = aead
}
