package legacy

import (
	"crypto/dsa"
	"crypto/ecdsa"
	"crypto/rand"
)

func SignDSA(priv *dsa.PrivateKey, digest []byte) {
	// ruleid: go-crypto-dsa-sign -> DSA function=sign
	r, s, err := dsa.Sign(rand.Reader, priv, digest)
	// ok: go-crypto-dsa-sign
	er, es, _ := ecdsa.Sign(rand.Reader, nil, digest)
	_, _, _, _, _ = r, s, err, er, es
}
