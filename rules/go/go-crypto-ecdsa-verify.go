package token

import (
	"crypto/ecdsa"
	"math/big"
)

func VerifyES256(pub *ecdsa.PublicKey, digest, sig []byte) bool {
	// ruleid: go-crypto-ecdsa-verify -> ECDSA function=verify
	return ecdsa.VerifyASN1(pub, digest, sig)
}

func VerifyRS(pub *ecdsa.PublicKey, digest []byte, r, s *big.Int) bool {
	// ruleid: go-crypto-ecdsa-verify -> ECDSA
	ok := ecdsa.Verify(pub, digest, r, s)
	// ok: go-crypto-ecdsa-verify
	_ = pub.Curve.IsOnCurve(r, s)
	return ok
}
