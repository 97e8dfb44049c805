package server

import (
	"crypto/tls"
	"net/http"
)

func Client() (*tls.Conn, error) {
	// ruleid: go-crypto-tls-config -> TLS function=other
	conf := tls.Config{
		MinVersion: tls.VersionTLS12,
		CipherSuites: []uint16{
			tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
		},
	}
	return tls.Dial("tcp", "example.com:443", &conf)
}

func Server(cert tls.Certificate) *http.Server {
	return &http.Server{
		Addr: ":443",
		// ruleid: go-crypto-tls-config -> TLS
		TLSConfig: &tls.Config{Certificates: []tls.Certificate{cert}},
	}
}

func Default() *tls.Config {
	// ruleid: go-crypto-tls-config -> TLS
	return &tls.Config{}
}

func NotAConfig(cfg *tls.Config, state tls.ConnectionState) {
	// ok: go-crypto-tls-config
	clone := cfg.Clone()
	// ok: go-crypto-tls-config
	var empty tls.Config
	// ok: go-crypto-tls-config
	other := quic.Config{MaxIdleTimeout: 0}
	// ok: go-crypto-tls-config
	st := tls.ConnectionState{Version: state.Version}
	_, _, _, _ = clone, empty, other, st
}
