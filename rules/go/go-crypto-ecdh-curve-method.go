package agree

import (
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
)

func Generate() (*ecdh.PrivateKey, error) {
	curve := ecdh.P256()
	// ruleid: go-crypto-ecdh-curve-method -> ECDH-P-256 curve=P-256 function=keygen
	privateKey, err := curve.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	return privateKey, nil
}

func Parse(raw, peer []byte) ([]byte, error) {
	var c = ecdh.X25519()
	// ruleid: go-crypto-ecdh-curve-method -> X25519
	priv, err := c.NewPrivateKey(raw)
	if err != nil {
		return nil, err
	}
	// ruleid: go-crypto-ecdh-curve-method -> X25519
	pub, err := c.NewPublicKey(peer)
	if err != nil {
		return nil, err
	}
	return priv.ECDH(pub)
}

func Strong() (*ecdh.PrivateKey, error) {
	var curve ecdh.Curve
	curve = ecdh.P384()
	// ruleid: go-crypto-ecdh-curve-method -> ECDH-P-384
	return curve.GenerateKey(rand.Reader)
}

func Check(b []byte) {
	curve := ecdh.P521()
	// ruleid: go-crypto-ecdh-curve-method -> ECDH-P-521
	curve.NewPublicKey(b)
}

func Ephemeral() *ecdh.PrivateKey {
	curve := ecdh.X25519()
	// ruleid: go-crypto-ecdh-curve-method -> X25519
	if k, err := curve.GenerateKey(rand.Reader); err == nil {
		return k
	}
	return nil
}

func NotOnAnECDHCurve(c ecdh.Curve, b []byte) {
	// ok: go-crypto-ecdh-curve-method
	k, _ := c.GenerateKey(rand.Reader)
	// ok: go-crypto-ecdh-curve-method
	e, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	curve := elliptic.P256()
	// ok: go-crypto-ecdh-curve-method
	p, _ := curve.NewPublicKey(b)
	_, _, _ = k, e, p
}
