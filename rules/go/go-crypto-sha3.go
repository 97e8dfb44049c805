package integrity

import (
	stdsha3 "crypto/sha3"
	"crypto/sha256"

	"golang.org/x/crypto/sha3"
)

func xcrypto(data []byte) {
	// ruleid: go-crypto-sha3 -> SHA3-256 function=digest
	h := sha3.New256()
	h.Write(data)
	// ruleid: go-crypto-sha3 -> SHA3-512
	sum := sha3.Sum512(data)
	// ruleid: go-crypto-sha3 -> SHAKE256
	shake := sha3.NewShake256()
	out := make([]byte, 64)
	// ruleid: go-crypto-sha3 -> SHAKE128
	sha3.ShakeSum128(out, data)
	// ruleid: go-crypto-sha3 -> cSHAKE256
	cs := sha3.NewCShake256(nil, []byte("custom"))
	_, _, _ = sum, shake, cs
}

func standardLibrary(data []byte) {
	// ruleid: go-crypto-sha3 -> SHA3-384
	d := stdsha3.Sum384(data)
	// ruleid: go-crypto-sha3 -> SHAKE128
	x := stdsha3.SumSHAKE128(data, 32)
	// ruleid: go-crypto-sha3 -> SHA3-224
	h := stdsha3.New224()
	_, _, _ = d, x, h
}

func notSHA3(data []byte) {
	// ok: go-crypto-sha3
	s := sha256.Sum256(data)
	// ruleid: go-crypto-sha3 -> Keccak-256
	k := sha3.NewLegacyKeccak256()
	_, _ = s, k
}
