package noise

import (
	"crypto/ecdh"

	"golang.org/x/crypto/curve25519"
	"golang.org/x/crypto/nacl/box"
)

func Shared(priv, peer []byte) ([]byte, error) {
	// ruleid: go-xcrypto-curve25519 -> X25519 function=keyderive
	return curve25519.X25519(priv, peer)
}

func Public(priv []byte) []byte {
	// ruleid: go-xcrypto-curve25519 -> X25519
	pub, _ := curve25519.X25519(priv, curve25519.Basepoint)
	return pub
}

func Legacy(dst, scalar, point *[32]byte) {
	// ruleid: go-xcrypto-curve25519 -> X25519
	curve25519.ScalarMult(dst, scalar, point)
	// ruleid: go-xcrypto-curve25519 -> X25519
	curve25519.ScalarBaseMult(dst, scalar)
}

func Box(peer, mine *[32]byte) *[32]byte {
	var shared [32]byte
	// ruleid: go-xcrypto-curve25519 -> X25519
	box.Precompute(&shared, peer, mine)
	// ok: go-xcrypto-curve25519
	_ = ecdh.X25519
	return &shared
}
