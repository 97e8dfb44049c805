#include <cryptopp/aes.h>
#include <cryptopp/modes.h>
#include <cryptopp/gcm.h>

using namespace CryptoPP;

std::string encrypt(const SecByteBlock &key, const byte *iv, const std::string &plain) {
    std::string cipher;
    // ruleid: cpp-cryptopp-cipher-mode -> AES-CBC mode=cbc function=encrypt
    CBC_Mode<AES>::Encryption enc;
    enc.SetKeyWithIV(key, key.size(), iv);
    StringSource ss(plain, true, new StreamTransformationFilter(enc, new StringSink(cipher)));
    // ruleid: cpp-cryptopp-cipher-mode -> AES-GCM
    GCM<AES>::Encryption gcm;
    // ruleid: cpp-cryptopp-cipher-mode -> AES-ECB mode=ecb
    CryptoPP::ECB_Mode<CryptoPP::AES>::Encryption ecb(key, key.size());
    // ruleid: cpp-cryptopp-cipher-mode -> 3DES-168-CBC
    CBC_Mode<DES_EDE3>::Encryption tdes(key, 24, iv);
    // ruleid: cpp-cryptopp-cipher-mode -> Blowfish
    CFB_Mode<Blowfish>::Encryption bf;
    // ruleid: cpp-cryptopp-cipher-mode -> AES-CTR
    auto ctr = std::make_unique<CTR_Mode<AES>::Encryption>(key, key.size(), iv);
    // ok: cpp-cryptopp-cipher-mode
    CBC_Mode<AES>::Decryption dec;
    // ok: cpp-cryptopp-cipher-mode
    std::vector<AES> blocks;
    return cipher;
}
