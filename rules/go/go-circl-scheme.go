package pq

import (
	"github.com/cloudflare/circl/kem"
	"github.com/cloudflare/circl/kem/hybrid"
	"github.com/cloudflare/circl/kem/kyber/kyber512"
	"github.com/cloudflare/circl/kem/mlkem/mlkem768"
	"github.com/cloudflare/circl/sign"
	"github.com/cloudflare/circl/sign/dilithium/mode3"
	"github.com/cloudflare/circl/sign/mldsa/mldsa65"
)

func Schemes() []kem.Scheme {
	return []kem.Scheme{
		// ruleid: go-circl-scheme -> ML-KEM-768 function=other
		mlkem768.Scheme(),
		// ruleid: go-circl-scheme -> Kyber512
		kyber512.Scheme(),
		// ruleid: go-circl-scheme -> X25519MLKEM768
		hybrid.X25519MLKEM768(),
		// ruleid: go-circl-scheme -> SecP256r1Kyber768Draft00
		hybrid.P256Kyber768Draft00(),
	}
}

func Signers() []sign.Scheme {
	// ruleid: go-circl-scheme -> ML-DSA-65
	a := mldsa65.Scheme()
	// ruleid: go-circl-scheme -> Dilithium3
	b := mode3.Scheme()
	return []sign.Scheme{a, b}
}

func Encapsulate(pkBytes []byte) ([]byte, []byte, error) {
	// ruleid: go-circl-scheme -> X25519MLKEM768
	scheme := hybrid.X25519MLKEM768()
	pk, err := scheme.UnmarshalBinaryPublicKey(pkBytes)
	if err != nil {
		return nil, nil, err
	}
	// ok: go-circl-scheme
	return scheme.Encapsulate(pk)
}
