package keys

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"

	"github.com/acme/secp/ecdsa2"
)

var signingCurve = elliptic.P384()

func NewSigner() (*ecdsa.PrivateKey, error) {
	// ruleid: go-crypto-ecdsa-keygen -> ECDSA-P-256 curve=P-256 function=keygen
	return ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
}

func NewStrong() *ecdsa.PrivateKey {
	// ruleid: go-crypto-ecdsa-keygen -> ECDSA-P-384
	k, _ := ecdsa.GenerateKey(signingCurve, rand.Reader)
	return k
}

func NewP521() {
	// ruleid: go-crypto-ecdsa-keygen -> ECDSA-P-521
	k, err := ecdsa.GenerateKey(elliptic.P521(), rand.Reader)
	_, _ = k, err
}

func NewOn(c elliptic.Curve) {
	// ruleid: go-crypto-ecdsa-keygen -> ECDSA unresolved=curve
	k, _ := ecdsa.GenerateKey(c, rand.Reader)
	// ok: go-crypto-ecdsa-keygen
	s, _ := ecdsa2.GenerateKey(elliptic.P256(), rand.Reader)
	_, _ = k, s
}
