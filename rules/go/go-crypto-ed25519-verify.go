package identity

import (
	"crypto"
	"crypto/ed25519"

	"golang.org/x/crypto/nacl/sign"
)

func Verify(pub ed25519.PublicKey, msg, sig []byte) bool {
	// ruleid: go-crypto-ed25519-verify -> Ed25519 function=verify
	return ed25519.Verify(pub, msg, sig)
}

func VerifyPh(pub ed25519.PublicKey, digest, sig []byte) error {
	// ruleid: go-crypto-ed25519-verify -> Ed25519ph
	return ed25519.VerifyWithOptions(pub, digest, sig, &ed25519.Options{Hash: crypto.SHA512})
}

func VerifyCtx(pub ed25519.PublicKey, msg, sig []byte) error {
	opts := &ed25519.Options{Context: "orders-v1"}
	// ruleid: go-crypto-ed25519-verify -> Ed25519
	return ed25519.VerifyWithOptions(pub, msg, sig, opts)
}

func OpenNaCl(signed []byte, pub *[32]byte) ([]byte, bool) {
	// ruleid: go-crypto-ed25519-verify -> Ed25519
	return sign.Open(nil, signed, pub)
}

func NotVerify(pub ed25519.PublicKey, other crypto.PublicKey) bool {
	// ok: go-crypto-ed25519-verify
	return pub.Equal(other)
}
