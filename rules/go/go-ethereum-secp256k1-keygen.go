package wallet

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"

	"github.com/ethereum/go-ethereum/crypto"
)

func NewAccount() (*ecdsa.PrivateKey, error) {
	// ruleid: go-ethereum-secp256k1-keygen -> ECDSA-secp256k1 curve=secp256k1 function=keygen
	return crypto.GenerateKey()
}

func NotEthereum() {
	// ok: go-ethereum-secp256k1-keygen
	k, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	_ = k
}
