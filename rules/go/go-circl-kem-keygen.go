package pq

import (
	"crypto/rand"

	"github.com/cloudflare/circl/kem/kyber/kyber768"
	"github.com/cloudflare/circl/kem/mlkem/mlkem1024"
	"github.com/cloudflare/circl/kem/mlkem/mlkem768"

	"github.com/acme/pq/kyber"
)

func Kyber() {
	// ruleid: go-circl-kem-keygen -> Kyber768 function=keygen
	pk, sk, err := kyber768.GenerateKeyPair(rand.Reader)
	_, _, _ = pk, sk, err
}

func Final() {
	// ruleid: go-circl-kem-keygen -> ML-KEM-768
	pk, sk, _ := mlkem768.GenerateKeyPair(nil)
	var seed [64]byte
	// ruleid: go-circl-kem-keygen -> ML-KEM-1024
	pk2, sk2 := mlkem1024.NewKeyFromSeed(seed[:])
	// ok: go-circl-kem-keygen
	pk3, sk3, _ := kyber.GenerateKeyPair(rand.Reader)
	_, _, _, _, _, _ = pk, sk, pk2, sk2, pk3, sk3
}
