package idp

import (
	"github.com/go-jose/go-jose/v3"
)

func Encrypter(rcpt jose.Recipient) (jose.Encrypter, error) {
	// ruleid: go-jose-content-encryption -> AES-256-GCM function=encrypt
	return jose.NewEncrypter(jose.A256GCM, rcpt, nil)
}

func CBC(rcpt jose.Recipient) {
	// ruleid: go-jose-content-encryption -> AES-128-CBC
	_, _ = jose.NewEncrypter(jose.A128CBC_HS256, rcpt, nil)
}

func Check(enc jose.ContentEncryption) bool {
	// ok: go-jose-content-encryption
	return enc == jose.A192GCM
}
