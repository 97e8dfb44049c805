package envelope

import (
	"crypto/rand"
	"crypto/rsa"
)

func UnwrapLegacy(priv *rsa.PrivateKey, ct []byte) ([]byte, error) {
	// ruleid: go-crypto-rsa-pkcs1v15-decrypt -> RSA-PKCS1-1.5 function=decrypt
	return rsa.DecryptPKCS1v15(rand.Reader, priv, ct)
}

func SessionKey(priv *rsa.PrivateKey, ct []byte) error {
	key := make([]byte, 32)
	// ruleid: go-crypto-rsa-pkcs1v15-decrypt -> RSA-PKCS1-1.5
	return rsa.DecryptPKCS1v15SessionKey(rand.Reader, priv, ct, key)
}

func Encrypting(pub *rsa.PublicKey, m []byte) {
	// ok: go-crypto-rsa-pkcs1v15-decrypt
	rsa.EncryptPKCS1v15(rand.Reader, pub, m)
}
