package mailbox

import (
	"crypto/rand"

	"golang.org/x/crypto/nacl/box"
	"golang.org/x/crypto/nacl/sign"
)

func NewIdentity() (*[32]byte, *[32]byte, error) {
	// ruleid: go-xcrypto-nacl-box-keygen -> X25519 function=keygen
	return box.GenerateKey(rand.Reader)
}

func NewSigner() {
	// ok: go-xcrypto-nacl-box-keygen
	pub, priv, _ := sign.GenerateKey(rand.Reader)
	_, _ = pub, priv
}
