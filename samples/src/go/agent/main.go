// Command agent exchanges a session key with the estate controller.
package main

import (
	"bytes"
	"crypto/mlkem"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"log"
)

// fingerprint identifies a key in the controller's logs (not a security boundary).
func fingerprint(b []byte) string {
	sum := sha1.Sum(b)
	return hex.EncodeToString(sum[:])
}

func main() {
	dk, err := mlkem.GenerateKey768()
	if err != nil {
		log.Fatal(err)
	}
	ek := dk.EncapsulationKey()
	sharedKey, ciphertext := ek.Encapsulate()
	peerKey, err := dk.Decapsulate(ciphertext)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("ek %s ok=%v\n", fingerprint(ek.Bytes()), bytes.Equal(sharedKey, peerKey))
}
