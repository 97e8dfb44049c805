package pq

import (
	"crypto/rand"

	"github.com/cloudflare/circl/sign/dilithium/mode3"
	"github.com/cloudflare/circl/sign/eddilithium2"
	"github.com/cloudflare/circl/sign/mldsa/mldsa44"
	"github.com/cloudflare/circl/sign/mldsa/mldsa65"
)

func NewSigner() (*mldsa65.PublicKey, *mldsa65.PrivateKey, error) {
	// ruleid: go-circl-sign-keygen -> ML-DSA-65 function=keygen
	return mldsa65.GenerateKey(rand.Reader)
}

func Others() {
	// ruleid: go-circl-sign-keygen -> Dilithium3
	pk, sk, _ := mode3.GenerateKey(nil)
	var seed [32]byte
	// ruleid: go-circl-sign-keygen -> ML-DSA-44
	pk2, sk2 := mldsa44.NewKeyFromSeed(&seed)
	// ruleid: go-circl-sign-keygen -> Ed25519-Dilithium2
	pk3, sk3, _ := eddilithium2.GenerateKey(rand.Reader)
	// ok: go-circl-sign-keygen
	sig := mldsa65.Scheme()
	_, _, _, _, _, _, _ = pk, sk, pk2, sk2, pk3, sk3, sig
}
