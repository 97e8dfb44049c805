package sshclient

import (
	gossh "golang.org/x/crypto/ssh"
)

func Hardened() gossh.Config {
	return gossh.Config{
		KeyExchanges: []string{
			// ruleid: go-xcrypto-ssh-kex -> mlkem768x25519-sha256 function=keyderive
			gossh.KeyExchangeMLKEM768X25519,
			// ruleid: go-xcrypto-ssh-kex -> X25519
			gossh.KeyExchangeCurve25519,
			// ruleid: go-xcrypto-ssh-kex -> ECDH-P-384 curve=P-384
			gossh.KeyExchangeECDHP384,
			// ruleid: go-xcrypto-ssh-kex -> FFDH-modp4096
			gossh.KeyExchangeDH16SHA512,
		},
	}
}

func Legacy(c *gossh.ClientConfig) {
	c.KeyExchanges = []string{
		// ruleid: go-xcrypto-ssh-kex -> FFDH-modp1024
		"diffie-hellman-group1-sha1",
		// ruleid: go-xcrypto-ssh-kex -> ECDH-P-256 curve=P-256
		"ecdh-sha2-nistp256",
		// ruleid: go-xcrypto-ssh-kex -> X25519
		"curve25519-sha256@libssh.org",
	}
}

func IsPQ(kex string) bool {
	// ok: go-xcrypto-ssh-kex
	return kex == gossh.KeyExchangeMLKEM768X25519
}
