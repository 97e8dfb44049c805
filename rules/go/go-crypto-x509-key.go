package keystore

import (
	"crypto/ecdsa"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"

	pkix "crypto/x509"
)

func LoadRSA(data []byte) (*rsa.PrivateKey, error) {
	block, _ := pem.Decode(data)
	if block == nil || block.Type != "RSA PRIVATE KEY" {
		return nil, errors.New("no RSA key")
	}
	// ruleid: go-crypto-x509-key -> RSA function=other
	return x509.ParsePKCS1PrivateKey(block.Bytes)
}

func SaveRSA(key *rsa.PrivateKey) []byte {
	return pem.EncodeToMemory(&pem.Block{
		Type: "RSA PRIVATE KEY",
		// ruleid: go-crypto-x509-key -> RSA
		Bytes: x509.MarshalPKCS1PrivateKey(key),
	})
}

func RSAPublic(key *rsa.PublicKey, der []byte) ([]byte, *rsa.PublicKey, error) {
	// ruleid: go-crypto-x509-key -> RSA
	out := pkix.MarshalPKCS1PublicKey(key)
	// ruleid: go-crypto-x509-key -> RSA
	pub, err := x509.ParsePKCS1PublicKey(der)
	return out, pub, err
}

func LoadEC(der []byte) (*ecdsa.PrivateKey, []byte, error) {
	// ruleid: go-crypto-x509-key -> ECDSA
	key, err := x509.ParseECPrivateKey(der)
	if err != nil {
		return nil, nil, err
	}
	// ruleid: go-crypto-x509-key -> ECDSA
	out, err := x509.MarshalECPrivateKey(key)
	return key, out, err
}

func Neutral(der []byte, pub any) {
	// ok: go-crypto-x509-key
	k, _ := x509.ParsePKCS8PrivateKey(der)
	// ok: go-crypto-x509-key
	p, _ := x509.MarshalPKIXPublicKey(pub)
	// ok: go-crypto-x509-key
	c, _ := x509.ParseCertificate(der)
	_, _, _ = k, p, c
}
