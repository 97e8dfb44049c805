package pq

import (
	"github.com/cloudflare/circl/sign/dilithium/mode5"
	"github.com/cloudflare/circl/sign/mldsa/mldsa87"
)

func Sign(sk *mldsa87.PrivateKey, msg []byte) ([]byte, error) {
	sig := make([]byte, mldsa87.SignatureSize)
	// ruleid: go-circl-sign-sign -> ML-DSA-87 function=sign
	if err := mldsa87.SignTo(sk, msg, nil, false, sig); err != nil {
		return nil, err
	}
	return sig, nil
}

func SignRound3(sk *mode5.PrivateKey, msg []byte) []byte {
	sig := make([]byte, mode5.SignatureSize)
	// ruleid: go-circl-sign-sign -> Dilithium5
	mode5.SignTo(sk, msg, sig)
	// ok: go-circl-sign-sign
	_ = mode5.Verify(nil, msg, sig)
	return sig
}
