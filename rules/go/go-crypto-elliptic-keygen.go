package legacy

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
)

func Ephemeral() ([]byte, error) {
	// ruleid: go-crypto-elliptic-keygen -> ECDH-P-256 curve=P-256 function=keygen
	priv, x, y, err := elliptic.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	_ = priv
	return elliptic.Marshal(elliptic.P256(), x, y), nil
}

func On(c elliptic.Curve) {
	// ruleid: go-crypto-elliptic-keygen -> ECDH unresolved=curve
	_, _, _, _ = elliptic.GenerateKey(c, rand.Reader)
	// ok: go-crypto-elliptic-keygen
	_, _ = ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
}
