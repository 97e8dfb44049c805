package legacy

import (
	"crypto/dsa"
	"crypto/ecdsa"
	"math/big"
)

func VerifyDSA(pub *dsa.PublicKey, digest []byte, r, s *big.Int) bool {
	// ruleid: go-crypto-dsa-verify -> DSA function=verify
	if !dsa.Verify(pub, digest, r, s) {
		return false
	}
	// ok: go-crypto-dsa-verify
	return ecdsa.Verify(nil, digest, r, s)
}
