package token

import (
	"crypto"
	"crypto/rsa"
)

func VerifyPS512(pub *rsa.PublicKey, digest, sig []byte) error {
	// ruleid: go-crypto-rsa-pss-verify -> RSA-PSS-SHA-512 function=verify
	return rsa.VerifyPSS(pub, crypto.SHA512, digest, sig, &rsa.PSSOptions{SaltLength: 32})
}

func VerifyAny(pub *rsa.PublicKey, h crypto.Hash, digest, sig []byte) error {
	// ruleid: go-crypto-rsa-pss-verify -> RSA-PSS unresolved=hash
	return rsa.VerifyPSS(pub, h, digest, sig, nil)
}

func VerifyLegacy(pub *rsa.PublicKey, digest, sig []byte) error {
	// ok: go-crypto-rsa-pss-verify
	return rsa.VerifyPKCS1v15(pub, crypto.SHA256, digest, sig)
}
