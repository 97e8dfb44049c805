#include <cryptopp/rsa.h>

void sign(const CryptoPP::RSA::PrivateKey &priv, const CryptoPP::RSA::PublicKey &pub) {
    // ruleid: cpp-cryptopp-rsa-signer-typedef -> RSA-PKCS1-1.5-SHA-1 function=sign
    CryptoPP::RSASSA_PKCS1v15_SHA_Signer signer(priv);
    // ruleid: cpp-cryptopp-rsa-signer-typedef -> RSA-PKCS1-1.5-SHA-1
    CryptoPP::RSASSA_PKCS1v15_SHA_Verifier verifier(pub);
    // ok: cpp-cryptopp-rsa-signer-typedef
    CryptoPP::RSAES_OAEP_SHA_Encryptor enc(pub);
}
