package handshake

import (
	"crypto/ecdh"
	"crypto/elliptic"
	"crypto/rand"
)

// ruleid: go-crypto-ecdh -> X25519
var curve = ecdh.X25519()

func Ephemeral() (*ecdh.PrivateKey, error) {
	// ruleid: go-crypto-ecdh -> ECDH-P-256 curve=P-256 function=keygen
	return ecdh.P256().GenerateKey(rand.Reader)
}

func Agree(peer []byte) ([]byte, error) {
	priv, err := curve.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	// ruleid: go-crypto-ecdh -> ECDH-P-384
	pub, err := ecdh.P384().NewPublicKey(peer)
	if err != nil {
		return nil, err
	}
	return priv.ECDH(pub)
}

func Modern() {
	// ruleid: go-crypto-ecdh -> X25519
	k, _ := ecdh.X25519().GenerateKey(rand.Reader)
	// ruleid: go-crypto-ecdh -> ECDH-P-521
	c := ecdh.P521()
	// ok: go-crypto-ecdh
	e := elliptic.P256()
	_, _, _ = k, c, e
}
