#include <botan/block_cipher.h>

static const std::string CIPHER = "AES-256";

void ciphers(const std::string &configured) {
    // ruleid: cpp-botan-block-cipher -> AES-128 function=encrypt
    auto aes = Botan::BlockCipher::create("AES-128");
    // ruleid: cpp-botan-block-cipher -> AES-256
    auto aes256 = Botan::BlockCipher::create_or_throw(CIPHER);
    // ruleid: cpp-botan-block-cipher -> 3DES
    std::unique_ptr<Botan::BlockCipher> tdes = Botan::BlockCipher::create("TripleDES");
    // ruleid: cpp-botan-block-cipher -> Blowfish
    auto bf = Botan::BlockCipher::create("Blowfish");
    // ruleid: cpp-botan-block-cipher -> unknown unresolved=algorithm
    auto any = Botan::BlockCipher::create(configured);
    // ok: cpp-botan-block-cipher
    auto hash = Botan::HashFunction::create("SHA-256");
    // ok: cpp-botan-block-cipher
    aes->set_key(nullptr, 16);
}
