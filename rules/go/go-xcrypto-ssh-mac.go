package sshclient

import (
	"golang.org/x/crypto/ssh"
)

var macs = []string{
	// ruleid: go-xcrypto-ssh-mac -> HMAC-SHA-256 function=tag
	ssh.HMACSHA256ETM,
	// ruleid: go-xcrypto-ssh-mac -> HMAC-SHA-1
	ssh.InsecureHMACSHA196,
}

func Config() ssh.Config {
	return ssh.Config{
		// ruleid: go-xcrypto-ssh-mac -> HMAC-SHA-512
		MACs: []string{"hmac-sha2-512-etm@openssh.com"},
	}
}

func Check(m string) bool {
	switch m {
	// ok: go-xcrypto-ssh-mac
	case ssh.HMACSHA1:
		return false
	}
	return true
}
