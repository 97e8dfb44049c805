#include <cryptopp/aes.h>
#include <cryptopp/des.h>

namespace CP = CryptoPP;
using CryptoPP::AES;

void blocks(const CryptoPP::byte *key, size_t len, CryptoPP::byte *out) {
    // ruleid: cpp-cryptopp-block-cipher -> AES-256 function=encrypt
    CryptoPP::AES::Encryption aes(key, 32);
    // ruleid: cpp-cryptopp-block-cipher -> AES-128
    AES::Encryption short_key(key, 16);
    // ruleid: cpp-cryptopp-block-cipher -> AES unresolved=size
    AES::Encryption sized(key, len);
    // ruleid: cpp-cryptopp-block-cipher -> 3DES-168
    CryptoPP::DES_EDE3::Encryption tdes(key, 24);
    // ruleid: cpp-cryptopp-block-cipher -> 3DES-168
    CryptoPP::DES_EDE3_Encryption tdes2;
    // ruleid: cpp-cryptopp-block-cipher -> 3DES-112
    CP::DES_EDE2::Encryption two_key;
    // ruleid: cpp-cryptopp-block-cipher -> Blowfish
    auto bf = new CryptoPP::Blowfish::Encryption(key, 16);
    // ruleid: cpp-cryptopp-block-cipher -> AES
    CryptoPP::AESEncryption typedefd;
    aes.ProcessBlock(out);
    // ok: cpp-cryptopp-block-cipher
    CryptoPP::AES::Decryption dec(key, 32);
    // ok: cpp-cryptopp-block-cipher
    CryptoPP::CBC_Mode<CryptoPP::AES>::Encryption cbc;
    // ok: cpp-cryptopp-block-cipher
    Encryption plain;
}
