#include <cryptopp/modes.h>

std::string decrypt(const CryptoPP::SecByteBlock &key, const CryptoPP::byte *iv) {
    // ruleid: cpp-cryptopp-cipher-mode-decrypt -> AES-CBC function=decrypt
    CryptoPP::CBC_Mode<CryptoPP::AES>::Decryption dec;
    // ruleid: cpp-cryptopp-cipher-mode-decrypt -> AES-GCM
    CryptoPP::GCM<CryptoPP::AES>::Decryption gcm;
    // ok: cpp-cryptopp-cipher-mode-decrypt
    CryptoPP::CBC_Mode<CryptoPP::AES>::Encryption enc;
    return {};
}
