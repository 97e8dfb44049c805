#include <cryptopp/rsa.h>
#include <cryptopp/eccrypto.h>
#include <cryptopp/pssr.h>

using namespace CryptoPP;

void sign(const RSA::PrivateKey &rsa, const ECDSA<ECP, SHA256>::PrivateKey &ec, AutoSeededRandomPool &prng) {
    // ruleid: cpp-cryptopp-signer -> RSA-PSS-SHA-256 function=sign
    RSASS<PSS, SHA256>::Signer pss(rsa);
    // ruleid: cpp-cryptopp-signer -> RSA-PKCS1-1.5-SHA-1
    CryptoPP::RSASS<CryptoPP::PKCS1v15, CryptoPP::SHA1>::Signer legacy(rsa);
    // ruleid: cpp-cryptopp-signer -> ECDSA-SHA-256
    ECDSA<ECP, SHA256>::Signer signer(ec);
    // ruleid: cpp-cryptopp-signer -> DSA-SHA-256
    DSA2<SHA256>::Signer dsa;
    // ok: cpp-cryptopp-signer
    RSASS<PSS, SHA256>::Verifier verifier(rsa);
    // ok: cpp-cryptopp-signer
    std::string sig(signer.MaxSignatureLength(), 0);
}
