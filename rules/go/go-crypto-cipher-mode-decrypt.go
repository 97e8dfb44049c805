package secure

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
)

func decryptCBC(key, iv, ciphertext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(ciphertext))
	// ruleid: go-crypto-cipher-mode-decrypt -> AES-CBC mode=cbc function=decrypt
	mode := cipher.NewCBCDecrypter(block, iv)
	mode.CryptBlocks(out, ciphertext)
	// ruleid: go-crypto-cipher-mode-decrypt -> AES-CFB mode=cfb
	cipher.NewCFBDecrypter(block, iv).XORKeyStream(out, ciphertext)
	// ok: go-crypto-cipher-mode-decrypt
	enc := cipher.NewCBCEncrypter(block, iv)
	_ = enc
	return out, nil
}

func decrypt3DES(b cipher.Block, key, iv, ct []byte) {
	tdes, _ := des.NewTripleDESCipher(key)
	// ruleid: go-crypto-cipher-mode-decrypt -> 3DES mode=cbc
	cipher.NewCBCDecrypter(tdes, iv).CryptBlocks(ct, ct)
	// ruleid: go-crypto-cipher-mode-decrypt -> unknown unresolved=algorithm
	cipher.NewCBCDecrypter(b, iv).CryptBlocks(ct, ct)
}
