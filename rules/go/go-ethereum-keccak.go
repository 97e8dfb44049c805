package wallet

import (
	"crypto/sha256"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func Address(pub []byte) common.Address {
	// ruleid: go-ethereum-keccak -> Keccak-256 function=digest
	return common.BytesToAddress(crypto.Keccak256(pub[1:])[12:])
}

func Topic(sig string) common.Hash {
	// ruleid: go-ethereum-keccak -> Keccak-256
	return crypto.Keccak256Hash([]byte(sig))
}

func NotKeccak(b []byte) {
	// ok: go-ethereum-keccak
	_ = sha256.Sum256(b)
}
