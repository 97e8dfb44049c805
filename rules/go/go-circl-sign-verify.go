package pq

import (
	"github.com/cloudflare/circl/sign/eddilithium3"
	"github.com/cloudflare/circl/sign/mldsa/mldsa65"
)

func Verify(pk *mldsa65.PublicKey, msg, sig []byte) bool {
	// ruleid: go-circl-sign-verify -> ML-DSA-65 function=verify
	return mldsa65.Verify(pk, msg, []byte("ctx"), sig)
}

func VerifyHybrid(pk *eddilithium3.PublicKey, msg, sig []byte) bool {
	// ruleid: go-circl-sign-verify -> Ed448-Dilithium3
	ok := eddilithium3.Verify(pk, msg, sig)
	// ok: go-circl-sign-verify
	_ = pk.Equal(pk)
	return ok
}
