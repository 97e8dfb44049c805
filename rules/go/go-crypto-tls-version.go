package server

import (
	"crypto/tls"
)

func Modern() *tls.Config {
	return &tls.Config{
		// ruleid: go-crypto-tls-version -> TLS-1.3
		MinVersion: tls.VersionTLS13,
	}
}

func Compatible(cfg *tls.Config) {
	// ruleid: go-crypto-tls-version -> TLS-1.0
	cfg.MinVersion = tls.VersionTLS10
	// ruleid: go-crypto-tls-version -> TLS-1.2
	cfg.MaxVersion = tls.VersionTLS12
}

func Legacy() *tls.Config {
	// ruleid: go-crypto-tls-version -> SSL-3.0
	return &tls.Config{MinVersion: tls.VersionSSL30, MaxVersion: tls.VersionTLS11}
}

func Negotiated(state tls.ConnectionState) bool {
	// ok: go-crypto-tls-version
	return state.Version >= tls.VersionTLS12
}
