package sshclient

import (
	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/knownhosts"
)

func Client(cb ssh.HostKeyCallback) *ssh.ClientConfig {
	return &ssh.ClientConfig{
		HostKeyCallback: cb,
		HostKeyAlgorithms: []string{
			// ruleid: go-xcrypto-ssh-host-key -> Ed25519 function=sign
			ssh.KeyAlgoED25519,
			// ruleid: go-xcrypto-ssh-host-key -> ECDSA-SHA-256
			ssh.KeyAlgoECDSA256,
			// ruleid: go-xcrypto-ssh-host-key -> RSA-PKCS1-1.5-SHA-512
			ssh.KeyAlgoRSASHA512,
			// ruleid: go-xcrypto-ssh-host-key -> RSA-PKCS1-1.5-SHA-1
			ssh.KeyAlgoRSA,
		},
	}
}

func Signer(s ssh.AlgorithmSigner) (ssh.MultiAlgorithmSigner, error) {
	// ruleid: go-xcrypto-ssh-host-key -> RSA-PKCS1-1.5-SHA-256
	return ssh.NewSignerWithAlgorithms(s, []string{ssh.KeyAlgoRSASHA256})
}

func Strings(c *ssh.ClientConfig) {
	// ruleid: go-xcrypto-ssh-host-key -> DSA-SHA-1
	c.HostKeyAlgorithms = []string{"ssh-dss"}
}

func IsRSA(k ssh.PublicKey) bool {
	// ok: go-xcrypto-ssh-host-key
	return k.Type() == ssh.KeyAlgoRSA
}

// ok: go-xcrypto-ssh-host-key
var _ = knownhosts.Normalize
