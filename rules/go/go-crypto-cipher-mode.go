package secure

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"io"

	"github.com/acme/widgets/cipher2"
	"golang.org/x/crypto/blowfish"
)

type sealer struct{ aead cipher.AEAD }

func newSealer() (*sealer, error) {
	key := make([]byte, 32)
	if _, err := io.ReadFull(rand.Reader, key); err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	// ruleid: go-crypto-cipher-mode -> AES-256-GCM mode=gcm function=encrypt
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &sealer{aead: aead}, nil
}

func fromCallerKey(k []byte) cipher.AEAD {
	aesBlock, _ := aes.NewCipher(k)
	// ruleid: go-crypto-cipher-mode -> AES-GCM unresolved=size
	g, _ := cipher.NewGCM(aesBlock)
	return g
}

// The block comes from the caller: its cipher is not known here.
func variants(blk cipher.Block, iv []byte) {
	// ruleid: go-crypto-cipher-mode -> unknown unresolved=algorithm
	a, _ := cipher.NewGCMWithNonceSize(blk, 16)
	// ruleid: go-crypto-cipher-mode -> unknown
	b, _ := cipher.NewGCMWithRandomNonce(blk)
	// ruleid: go-crypto-cipher-mode -> unknown
	enc := cipher.NewCBCEncrypter(blk, iv)
	// ok: go-crypto-cipher-mode
	dec := cipher.NewCBCDecrypter(blk, iv)
	// ok: go-crypto-cipher-mode
	other := cipher2.NewGCM(blk)
	_, _, _, _, _ = a, b, enc, dec, other
}

func streams(key16, iv, dst, src []byte) {
	c, _ := aes.NewCipher(key16)
	// ruleid: go-crypto-cipher-mode -> AES-CTR mode=ctr
	stream := cipher.NewCTR(c, iv)
	stream.XORKeyStream(dst, src)
	// ruleid: go-crypto-cipher-mode -> AES-CFB mode=cfb
	cfb := cipher.NewCFBEncrypter(c, iv)
	// ruleid: go-crypto-cipher-mode -> AES-OFB mode=ofb
	ofb := cipher.NewOFB(c, iv)
	_, _ = cfb, ofb
}

func tripleDES(key, iv, dst, src []byte) {
	tdes, _ := des.NewTripleDESCipher(key)
	// ruleid: go-crypto-cipher-mode -> 3DES mode=cbc
	cipher.NewCBCEncrypter(tdes, iv).CryptBlocks(dst, src)
}

func singleDES(key, iv []byte) cipher.BlockMode {
	d, _ := des.NewCipher(key)
	// ruleid: go-crypto-cipher-mode -> DES-56-CBC
	return cipher.NewCBCEncrypter(d, iv)
}

func legacyBlowfish(key, iv []byte) cipher.BlockMode {
	bf, _ := blowfish.NewCipher(key)
	// ruleid: go-crypto-cipher-mode -> Blowfish-CBC
	return cipher.NewCBCEncrypter(bf, iv)
}
