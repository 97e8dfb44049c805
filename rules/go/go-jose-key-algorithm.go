package idp

import (
	"crypto/rsa"

	jose "gopkg.in/square/go-jose.v2"
)

func Encrypter(pub *rsa.PublicKey) (jose.Encrypter, error) {
	// ruleid: go-jose-key-algorithm -> RSA-OAEP-SHA-256 function=encrypt
	rcpt := jose.Recipient{Algorithm: jose.RSA_OAEP_256, Key: pub}
	return jose.NewEncrypter(jose.A256GCM, rcpt, nil)
}

func Legacy(pub *rsa.PublicKey) {
	// ruleid: go-jose-key-algorithm -> RSA-PKCS1-1.5
	_, _ = jose.NewEncrypter(jose.A128GCM, jose.Recipient{Algorithm: jose.RSA1_5, Key: pub}, nil)
}

func Agreement(pub any, secret []byte) {
	// ruleid: go-jose-key-algorithm -> ECDH
	a := jose.Recipient{Algorithm: jose.ECDH_ES_A256KW, Key: pub}
	// ruleid: go-jose-key-algorithm -> AES-256-KW
	b := jose.Recipient{Algorithm: jose.A256KW, Key: secret}
	// ruleid: go-jose-key-algorithm -> PBES2
	c := jose.Recipient{Algorithm: jose.PBES2_HS256_A128KW, Key: "passphrase"}
	// ok: go-jose-key-algorithm
	d := jose.Recipient{Algorithm: jose.DIRECT, Key: secret}
	_, _, _, _ = a, b, c, d
}
