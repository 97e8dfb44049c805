#include <cryptopp/aes.h>

void blocks(const CryptoPP::byte *key) {
    // ruleid: cpp-cryptopp-block-cipher-decrypt -> AES-256 function=decrypt
    CryptoPP::AES::Decryption aes(key, 32);
    // ruleid: cpp-cryptopp-block-cipher-decrypt -> DES
    CryptoPP::DES::Decryption des(key, 8);
    // ok: cpp-cryptopp-block-cipher-decrypt
    CryptoPP::AES::Encryption enc(key, 32);
}
