package mailbox

import (
	"crypto/rand"

	"golang.org/x/crypto/nacl/box"
	"golang.org/x/crypto/nacl/secretbox"
	"golang.org/x/crypto/nacl/sign"
)

func Lock(key *[32]byte, msg []byte) []byte {
	var nonce [24]byte
	rand.Read(nonce[:])
	// ruleid: go-xcrypto-nacl-seal -> XSalsa20-Poly1305 function=encrypt
	return secretbox.Seal(nonce[:], msg, &nonce, key)
}

func Send(msg []byte, nonce *[24]byte, peer, mine *[32]byte) []byte {
	// ruleid: go-xcrypto-nacl-seal -> XSalsa20-Poly1305
	return box.Seal(nil, msg, nonce, peer, mine)
}

func Anonymous(msg []byte, peer *[32]byte) ([]byte, error) {
	// ruleid: go-xcrypto-nacl-seal -> XSalsa20-Poly1305
	return box.SealAnonymous(nil, msg, peer, rand.Reader)
}

func Signed(msg []byte, priv *[64]byte) []byte {
	// ok: go-xcrypto-nacl-seal
	return sign.Sign(nil, msg, priv)
}
