package pq

import (
	"crypto/mlkem"

	kyber "github.com/acme/pq/mlkem"
)

func Server() (*mlkem.DecapsulationKey768, error) {
	// ruleid: go-crypto-mlkem-keygen -> ML-KEM-768 function=keygen
	dk, err := mlkem.GenerateKey768()
	if err != nil {
		return nil, err
	}
	return dk, nil
}

func High() {
	// ruleid: go-crypto-mlkem-keygen -> ML-KEM-1024
	dk, _ := mlkem.GenerateKey1024()
	_ = dk
}

func Restore(seed []byte) (*mlkem.DecapsulationKey768, error) {
	// ruleid: go-crypto-mlkem-keygen -> ML-KEM-768
	return mlkem.NewDecapsulationKey768(seed)
}

func Other() {
	// ok: go-crypto-mlkem-keygen
	k, _ := kyber.GenerateKey768()
	// ok: go-crypto-mlkem-keygen
	ek, _ := mlkem.NewEncapsulationKey768(nil)
	_, _ = k, ek
}
