package idp

import (
	"crypto/rsa"

	"github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
)

func Signer(priv *rsa.PrivateKey) (jose.Signer, error) {
	// ruleid: go-jose-signature-algorithm -> RSA-PKCS1-1.5-SHA-256 function=sign
	key := jose.SigningKey{Algorithm: jose.RS256, Key: priv}
	return jose.NewSigner(key, (&jose.SignerOptions{}).WithType("JWT"))
}

func Parse(raw string) (*jwt.JSONWebToken, error) {
	// ruleid: go-jose-signature-algorithm -> ECDSA-SHA-256
	return jwt.ParseSigned(raw, []jose.SignatureAlgorithm{jose.ES256})
}

func Ed(priv any) {
	// ruleid: go-jose-signature-algorithm -> EdDSA
	_, _ = jose.NewSigner(jose.SigningKey{Algorithm: jose.EdDSA, Key: priv}, nil)
}

func IsRSA(alg jose.SignatureAlgorithm) bool {
	// ok: go-jose-signature-algorithm
	return alg == jose.PS256
}
