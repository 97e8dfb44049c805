package pq

import (
	kemschemes "github.com/cloudflare/circl/kem/schemes"
	"github.com/cloudflare/circl/sign/schemes"
)

const signer = "ML-DSA-65"

func Lookup(name string) {
	// ruleid: go-circl-schemes-byname -> ML-KEM-768 function=other
	k := kemschemes.ByName("ML-KEM-768")
	// ruleid: go-circl-schemes-byname -> Kyber1024
	k2 := kemschemes.ByName("Kyber1024")
	// ruleid: go-circl-schemes-byname -> ML-DSA-65
	s := schemes.ByName(signer)
	// ruleid: go-circl-schemes-byname -> Ed25519
	s2 := schemes.ByName("Ed25519")
	// ruleid: go-circl-schemes-byname -> unknown unresolved=algorithm
	s3 := schemes.ByName(name)
	// ok: go-circl-schemes-byname
	all := schemes.All()
	_, _, _, _, _, _ = k, k2, s, s2, s3, all
}
