package legacy

import (
	"crypto/dsa"
	"crypto/rand"
)

func NewDSA() (*dsa.PrivateKey, error) {
	var params dsa.Parameters
	// ruleid: go-crypto-dsa-keygen -> DSA-2048 function=keygen
	if err := dsa.GenerateParameters(&params, rand.Reader, dsa.L2048N256); err != nil {
		return nil, err
	}
	priv := &dsa.PrivateKey{PublicKey: dsa.PublicKey{Parameters: params}}
	// ruleid: go-crypto-dsa-keygen -> DSA
	err := dsa.GenerateKey(priv, rand.Reader)
	return priv, err
}

func Weak(p *dsa.Parameters) {
	// ruleid: go-crypto-dsa-keygen -> DSA-1024
	dsa.GenerateParameters(p, rand.Reader, dsa.L1024N160)
	// ok: go-crypto-dsa-keygen
	dsa.Verify(nil, nil, nil, nil)
}
