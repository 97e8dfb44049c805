#include <cryptopp/pwdbased.h>
#include <cryptopp/hkdf.h>

using namespace CryptoPP;

void derive(const byte *pw, size_t pwlen, const byte *salt, size_t saltlen, byte *key) {
    // ruleid: cpp-cryptopp-kdf -> PBKDF2-SHA-256 function=keyderive
    PKCS5_PBKDF2_HMAC<SHA256> pbkdf;
    pbkdf.DeriveKey(key, 32, 0, pw, pwlen, salt, saltlen, 100000);
    // ruleid: cpp-cryptopp-kdf -> PBKDF2-SHA-1
    CryptoPP::PKCS5_PBKDF2_HMAC<CryptoPP::SHA1> legacy;
    // ruleid: cpp-cryptopp-kdf -> HKDF-SHA-256
    HKDF<SHA256> hkdf;
    // ok: cpp-cryptopp-kdf
    PKCS5_PBKDF2_HMAC(pw, pwlen, salt, saltlen, 1000, nullptr, 32, key);
}
