package identity

import (
	"crypto/ed25519"
	"crypto/rand"

	xed25519 "golang.org/x/crypto/ed25519"
	"golang.org/x/crypto/nacl/sign"

	"github.com/acme/keys/ed448"
)

func New() (ed25519.PublicKey, ed25519.PrivateKey, error) {
	// ruleid: go-crypto-ed25519-keygen -> Ed25519 function=keygen
	return ed25519.GenerateKey(rand.Reader)
}

func FromSeed(seed []byte) ed25519.PrivateKey {
	// ruleid: go-crypto-ed25519-keygen -> Ed25519
	return ed25519.NewKeyFromSeed(seed)
}

func Others() {
	// ruleid: go-crypto-ed25519-keygen -> Ed25519
	pub, priv, _ := xed25519.GenerateKey(nil)
	// ruleid: go-crypto-ed25519-keygen -> Ed25519
	npub, npriv, _ := sign.GenerateKey(rand.Reader)
	// ok: go-crypto-ed25519-keygen
	opub, opriv, _ := ed448.GenerateKey(rand.Reader)
	_, _, _, _, _, _ = pub, priv, npub, npriv, opub, opriv
}
