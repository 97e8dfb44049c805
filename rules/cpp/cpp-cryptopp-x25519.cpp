#include <cryptopp/xed25519.h>

void agree(CryptoPP::AutoSeededRandomPool &rng) {
    // ruleid: cpp-cryptopp-x25519 -> X25519 function=keyderive
    CryptoPP::x25519 ecdh(rng);
    // ok: cpp-cryptopp-x25519
    x25519(nullptr, nullptr, nullptr);
    // ok: cpp-cryptopp-x25519
    CryptoPP::ed25519::Signer signer(rng);
}
