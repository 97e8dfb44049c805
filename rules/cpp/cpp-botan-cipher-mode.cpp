#include <botan/cipher_mode.h>
#include <botan/aead.h>

constexpr auto MODE = "AES-128/CBC/PKCS7";

void modes(const std::string &spec) {
    // ruleid: cpp-botan-cipher-mode -> AES-256-GCM mode=gcm function=encrypt
    auto enc = Botan::Cipher_Mode::create("AES-256/GCM", Botan::Cipher_Dir::Encryption);
    // ruleid: cpp-botan-cipher-mode -> AES-128-CBC
    auto cbc = Botan::Cipher_Mode::create_or_throw(MODE, Botan::Cipher_Dir::Decryption);
    // ruleid: cpp-botan-cipher-mode -> ChaCha20-Poly1305
    auto aead = Botan::AEAD_Mode::create("ChaCha20Poly1305", Botan::Cipher_Dir::Encryption);
    // ruleid: cpp-botan-cipher-mode -> AES-256-XTS
    auto xts = Botan::Cipher_Mode::create("AES-256/XTS", Botan::Cipher_Dir::Encryption);
    // ruleid: cpp-botan-cipher-mode -> unknown unresolved=algorithm
    auto any = Botan::Cipher_Mode::create(spec, Botan::Cipher_Dir::Encryption);
    // ok: cpp-botan-cipher-mode
    auto block = Botan::BlockCipher::create("AES-128");
    // ok: cpp-botan-cipher-mode
    enc->start(nullptr, 0);
}
