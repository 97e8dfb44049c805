package pq

import (
	"crypto/mlkem"
)

func Client(serverKey []byte) ([]byte, []byte, error) {
	// ruleid: go-crypto-mlkem-encapsulation-key -> ML-KEM-768 function=encapsulate
	ek, err := mlkem.NewEncapsulationKey768(serverKey)
	if err != nil {
		return nil, nil, err
	}
	shared, ciphertext := ek.Encapsulate()
	return shared, ciphertext, nil
}

func Client1024(b []byte) {
	// ruleid: go-crypto-mlkem-encapsulation-key -> ML-KEM-1024
	ek, _ := mlkem.NewEncapsulationKey1024(b)
	// ok: go-crypto-mlkem-encapsulation-key
	dk, _ := mlkem.GenerateKey1024()
	_, _ = ek, dk
}
