package sshclient

import (
	"net"

	"golang.org/x/crypto/ssh"
)

func Config(user string, auth []ssh.AuthMethod, cb ssh.HostKeyCallback) *ssh.ClientConfig {
	return &ssh.ClientConfig{
		User:            user,
		Auth:            auth,
		HostKeyCallback: cb,
		Config: ssh.Config{
			Ciphers: []string{
				// ruleid: go-xcrypto-ssh-cipher -> AES-256-GCM function=encrypt
				ssh.CipherAES256GCM,
				// ruleid: go-xcrypto-ssh-cipher -> ChaCha20-Poly1305
				ssh.CipherChaCha20Poly1305,
				// ruleid: go-xcrypto-ssh-cipher -> 3DES-168-CBC
				ssh.InsecureCipherTripleDESCBC,
			},
		},
	}
}

func LegacyStrings() ssh.Config {
	return ssh.Config{
		// ruleid: go-xcrypto-ssh-cipher -> AES-128-CTR
		Ciphers: []string{"aes128-ctr",
			// ruleid: go-xcrypto-ssh-cipher -> AES-128-CBC
			"aes128-cbc",
			// ruleid: go-xcrypto-ssh-cipher -> RC4
			"arcfour256"},
	}
}

func Assigned(cfg *ssh.ServerConfig) {
	// ruleid: go-xcrypto-ssh-cipher -> AES-256-CTR
	cfg.Ciphers = []string{"aes256-ctr"}
}

func Negotiated(conn net.Conn, name string) bool {
	// ok: go-xcrypto-ssh-cipher
	return name == ssh.CipherAES128GCM
}

type tunnel struct{ Ciphers []string }

// ok: go-xcrypto-ssh-cipher
var notSSH = tunnel{Ciphers: []string{"aes128-ctr"}}
