package wallet

import (
	"crypto/ecdsa"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/crypto"
)

func SignMessage(msg []byte, key *ecdsa.PrivateKey) ([]byte, error) {
	// ruleid: go-ethereum-secp256k1-sign -> ECDSA-secp256k1 function=sign
	return crypto.Sign(accounts.TextHash(msg), key)
}

func Recover(hash, sig []byte) {
	// ok: go-ethereum-secp256k1-sign
	pub, _ := crypto.SigToPub(hash, sig)
	_ = pub
}
