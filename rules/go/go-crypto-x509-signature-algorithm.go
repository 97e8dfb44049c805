package pki

import (
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"time"
)

func Template(cn string) *x509.Certificate {
	return &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: cn},
		NotBefore:    time.Now(),
		NotAfter:     time.Now().Add(365 * 24 * time.Hour),
		// ruleid: go-crypto-x509-signature-algorithm -> ECDSA-SHA-256 function=sign
		SignatureAlgorithm: x509.ECDSAWithSHA256,
	}
}

func CSR(key any) ([]byte, error) {
	tmpl := &x509.CertificateRequest{
		Subject: pkix.Name{CommonName: "svc"},
		// ruleid: go-crypto-x509-signature-algorithm -> RSA-PSS-SHA-384
		SignatureAlgorithm: x509.SHA384WithRSAPSS,
	}
	return x509.CreateCertificateRequest(rand.Reader, tmpl, key)
}

func Legacy(t *x509.Certificate) {
	// ruleid: go-crypto-x509-signature-algorithm -> RSA-PKCS1-1.5-SHA-1
	t.SignatureAlgorithm = x509.SHA1WithRSA
	// ruleid: go-crypto-x509-signature-algorithm -> Ed25519
	alg := x509.PureEd25519
	_ = alg
}

func IsWeak(c *x509.Certificate) bool {
	// ok: go-crypto-x509-signature-algorithm
	return c.SignatureAlgorithm == x509.MD5WithRSA
}

func Check(c *x509.Certificate) {
	switch c.SignatureAlgorithm {
	// ok: go-crypto-x509-signature-algorithm
	case x509.SHA1WithRSA, x509.ECDSAWithSHA1:
		panic("weak")
	}
	// ok: go-crypto-x509-signature-algorithm
	_ = c.PublicKeyAlgorithm == x509.RSA
}
