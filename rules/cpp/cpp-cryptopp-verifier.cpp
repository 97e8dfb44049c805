#include <cryptopp/rsa.h>
#include <cryptopp/eccrypto.h>

using namespace CryptoPP;

bool verify(const RSA::PublicKey &rsa, const ECDSA<ECP, SHA256>::PublicKey &ec) {
    // ruleid: cpp-cryptopp-verifier -> RSA-PSS-SHA-256 function=verify
    RSASS<PSS, SHA256>::Verifier pss(rsa);
    // ruleid: cpp-cryptopp-verifier -> ECDSA-SHA-384
    CryptoPP::ECDSA<CryptoPP::ECP, CryptoPP::SHA384>::Verifier verifier(ec);
    // ok: cpp-cryptopp-verifier
    ECDSA<ECP, SHA256>::Signer signer;
    return true;
}
