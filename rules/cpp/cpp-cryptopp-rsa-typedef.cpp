#include <cryptopp/rsa.h>

using namespace CryptoPP;

void rsa(const RSA::PublicKey &pub, const RSA::PrivateKey &priv, AutoSeededRandomPool &rng) {
    std::string cipher;
    // ruleid: cpp-cryptopp-rsa-typedef -> RSA-OAEP-SHA-1 function=encrypt
    RSAES_OAEP_SHA_Encryptor e(pub);
    StringSource ss("secret", true, new PK_EncryptorFilter(rng, e, new StringSink(cipher)));
    // ruleid: cpp-cryptopp-rsa-typedef -> RSA-OAEP-SHA-1
    CryptoPP::RSAES_OAEP_SHA_Decryptor d(priv);
    // ruleid: cpp-cryptopp-rsa-typedef -> RSA-PKCS1-1.5
    RSAES_PKCS1v15_Encryptor legacy(pub);
    // ok: cpp-cryptopp-rsa-typedef
    RSASSA_PKCS1v15_SHA_Signer signer(priv);
    // ok: cpp-cryptopp-rsa-typedef
    RSA::PublicKey copy(pub);
}
