package curves

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"fmt"
	"math/big"
)

// ruleid: go-crypto-elliptic-curve -> ECDSA-P-384 curve=P-384 function=other
var defaultCurve = elliptic.P384()

func Show() {
	// ruleid: go-crypto-elliptic-curve -> ECDSA-P-224
	p224 := elliptic.P224()
	fmt.Println("P-224:", p224.Params().Name)
	var c elliptic.Curve
	// ruleid: go-crypto-elliptic-curve -> ECDSA-P-256
	c = elliptic.P256()
	fmt.Println(c.Params().BitSize)
}

func PublicFromPoint(x, y *big.Int) *ecdsa.PublicKey {
	// ruleid: go-crypto-elliptic-curve -> ECDSA-P-521
	return &ecdsa.PublicKey{Curve: elliptic.P521(), X: x, Y: y}
}

func Pick(strong bool) elliptic.Curve {
	if strong {
		// ruleid: go-crypto-elliptic-curve -> ECDSA-P-384
		return elliptic.P384()
	}
	// ruleid: go-crypto-elliptic-curve -> ECDSA-P-256
	return elliptic.P256()
}

func Inline() {
	// ok: go-crypto-elliptic-curve
	k, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	// ok: go-crypto-elliptic-curve
	ok := elliptic.P256().IsOnCurve(k.X, k.Y)
	// ok: go-crypto-elliptic-curve
	n := elliptic.P256().Params().N
	// ok: go-crypto-elliptic-curve
	mine := myelliptic.P256()
	_, _, _ = ok, n, mine
}
