package identity

import (
	"crypto/ed25519"

	"golang.org/x/crypto/nacl/sign"
)

func Sign(priv ed25519.PrivateKey, msg []byte) []byte {
	// ruleid: go-crypto-ed25519-sign -> Ed25519 function=sign
	return ed25519.Sign(priv, msg)
}

func SignNaCl(priv *[64]byte, msg []byte) []byte {
	// ruleid: go-crypto-ed25519-sign -> Ed25519
	signed := sign.Sign(nil, msg, priv)
	// ok: go-crypto-ed25519-sign
	sig, _ := priv2.Sign(nil, msg, nil)
	_ = sig
	return signed
}

var priv2 ed25519.PrivateKey
