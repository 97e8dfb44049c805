package sealed

import (
	"crypto/rand"

	"github.com/cloudflare/circl/hpke"
)

var suite = hpke.NewSuite(
	// ruleid: go-circl-hpke-kem -> X25519 function=encapsulate
	hpke.KEM_X25519_HKDF_SHA256,
	hpke.KDF_HKDF_SHA256,
	hpke.AEAD_ChaCha20Poly1305,
)

func Sender(pkR []byte, info []byte) error {
	// ruleid: go-circl-hpke-kem -> ECDH-P-256 curve=P-256
	s := hpke.NewSuite(hpke.KEM_P256_HKDF_SHA256, hpke.KDF_HKDF_SHA256, hpke.AEAD_AES128GCM)
	// ruleid: go-circl-hpke-kem -> ECDH-P-256
	pub, err := hpke.KEM_P256_HKDF_SHA256.Scheme().UnmarshalBinaryPublicKey(pkR)
	if err != nil {
		return err
	}
	sender, err := s.NewSender(pub, info)
	if err != nil {
		return err
	}
	_, _, err = sender.Setup(rand.Reader)
	return err
}

func PQ() {
	// ruleid: go-circl-hpke-kem -> X25519Kyber768Draft00
	_ = hpke.NewSuite(hpke.KEM_X25519_KYBER768_DRAFT00, hpke.KDF_HKDF_SHA256, hpke.AEAD_AES256GCM)
}

func Check(k hpke.KEM) bool {
	// ok: go-circl-hpke-kem
	return k == hpke.KEM_X448_HKDF_SHA512
}
