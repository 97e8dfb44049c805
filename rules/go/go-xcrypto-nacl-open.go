package mailbox

import (
	"golang.org/x/crypto/nacl/box"
	"golang.org/x/crypto/nacl/secretbox"
)

func Unlock(key *[32]byte, sealed []byte) ([]byte, bool) {
	var nonce [24]byte
	copy(nonce[:], sealed[:24])
	// ruleid: go-xcrypto-nacl-open -> XSalsa20-Poly1305 function=decrypt
	return secretbox.Open(nil, sealed[24:], &nonce, key)
}

func Receive(sealed []byte, nonce *[24]byte, peer, mine *[32]byte) ([]byte, bool) {
	// ruleid: go-xcrypto-nacl-open -> XSalsa20-Poly1305
	return box.Open(nil, sealed, nonce, peer, mine)
}

func Anonymous(sealed []byte, pub, priv *[32]byte) ([]byte, bool) {
	// ruleid: go-xcrypto-nacl-open -> XSalsa20-Poly1305
	return box.OpenAnonymous(nil, sealed, pub, priv)
}

func Seal(msg []byte, nonce *[24]byte, key *[32]byte) []byte {
	// ok: go-xcrypto-nacl-open
	return secretbox.Seal(nil, msg, nonce, key)
}
