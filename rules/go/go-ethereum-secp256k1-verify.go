package wallet

import (
	"github.com/ethereum/go-ethereum/crypto"
)

func Check(pub, hash, sig []byte) bool {
	// ruleid: go-ethereum-secp256k1-verify -> ECDSA-secp256k1 function=verify
	return crypto.VerifySignature(pub, hash, sig[:64])
}

func Signer(hash, sig []byte) {
	// ruleid: go-ethereum-secp256k1-verify -> ECDSA-secp256k1
	pub, err := crypto.SigToPub(hash, sig)
	// ok: go-ethereum-secp256k1-verify
	addr := crypto.PubkeyToAddress(*pub)
	_, _ = err, addr
}
