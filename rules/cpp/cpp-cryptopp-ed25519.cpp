#include <cryptopp/xed25519.h>

void keys(CryptoPP::AutoSeededRandomPool &rng) {
    // ruleid: cpp-cryptopp-ed25519 -> Ed25519 function=sign
    CryptoPP::ed25519::Signer signer(rng);
    // ruleid: cpp-cryptopp-ed25519 -> Ed25519
    CryptoPP::ed25519Verifier verifier(signer);
    // ok: cpp-cryptopp-ed25519
    CryptoPP::x25519 ecdh(rng);
}
