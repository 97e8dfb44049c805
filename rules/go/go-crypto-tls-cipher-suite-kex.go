package server

import (
	"crypto/tls"
)

func Suites() *tls.Config {
	return &tls.Config{
		CipherSuites: []uint16{
			// ruleid: go-crypto-tls-cipher-suite-kex -> ECDH function=keyderive
			tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
			// ruleid: go-crypto-tls-cipher-suite-kex -> RSA-PKCS1-1.5
			tls.TLS_RSA_WITH_AES_256_GCM_SHA384,
			// ok: go-crypto-tls-cipher-suite-kex
			tls.TLS_AES_128_GCM_SHA256,
		},
	}
}
