package server

import (
	"crypto/tls"
)

var modernSuites = []uint16{
	// ruleid: go-crypto-tls-cipher-suite -> AES-128-GCM function=encrypt
	tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
	// ruleid: go-crypto-tls-cipher-suite -> AES-256-GCM
	tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
	// ruleid: go-crypto-tls-cipher-suite -> ChaCha20-Poly1305
	tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
}

func Config() *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS12,
		CipherSuites: []uint16{
			// ruleid: go-crypto-tls-cipher-suite -> 3DES-168-CBC
			tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA,
			// ruleid: go-crypto-tls-cipher-suite -> RC4
			tls.TLS_ECDHE_RSA_WITH_RC4_128_SHA,
			// ruleid: go-crypto-tls-cipher-suite -> AES-128-CBC
			tls.TLS_RSA_WITH_AES_128_CBC_SHA,
		},
	}
}

func TLS13() []uint16 {
	// ruleid: go-crypto-tls-cipher-suite -> AES-256-GCM
	return []uint16{tls.TLS_AES_256_GCM_SHA384}
}

func Describe(id uint16) string {
	switch id {
	// ok: go-crypto-tls-cipher-suite
	case tls.TLS_RSA_WITH_RC4_128_SHA:
		return "rc4"
	}
	// ok: go-crypto-tls-cipher-suite
	if id == tls.TLS_CHACHA20_POLY1305_SHA256 {
		return "chacha"
	}
	// ok: go-crypto-tls-cipher-suite
	return tls.CipherSuiteName(id)
}

// ok: go-crypto-tls-cipher-suite
var fallback = tls.TLS_FALLBACK_SCSV
