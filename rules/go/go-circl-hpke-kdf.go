package sealed

import (
	"github.com/cloudflare/circl/hpke"
)

func Suites() {
	// ruleid: go-circl-hpke-kdf -> HKDF-SHA-256 function=keyderive
	_ = hpke.NewSuite(hpke.KEM_X25519_HKDF_SHA256, hpke.KDF_HKDF_SHA256, hpke.AEAD_AES128GCM)
	// ruleid: go-circl-hpke-kdf -> HKDF-SHA-384
	kdf := hpke.KDF_HKDF_SHA384
	// ok: go-circl-hpke-kdf
	_ = hpke.AEAD_AES256GCM
	_ = kdf
}
