package server

import (
	"crypto/tls"
)

func Config() *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS13,
		CurvePreferences: []tls.CurveID{
			// ruleid: go-crypto-tls-curve -> X25519MLKEM768 function=keyderive
			tls.X25519MLKEM768,
			// ruleid: go-crypto-tls-curve -> X25519
			tls.X25519,
			// ruleid: go-crypto-tls-curve -> ECDH-P-256 curve=P-256
			tls.CurveP256,
			// ruleid: go-crypto-tls-curve -> ECDH-P-384
			tls.CurveP384,
		},
	}
}

func Hybrid(cfg *tls.Config) {
	// ruleid: go-crypto-tls-curve -> SecP256r1MLKEM768
	cfg.CurvePreferences = []tls.CurveID{tls.SecP256r1MLKEM768}
}

func Negotiated(state tls.ConnectionState) bool {
	// ok: go-crypto-tls-curve
	return state.CurveID == tls.X25519MLKEM768
}
