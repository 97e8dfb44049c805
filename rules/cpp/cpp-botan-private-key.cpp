#include <botan/ed25519.h>
#include <botan/x25519.h>

void keys(Botan::RandomNumberGenerator &rng) {
    // ruleid: cpp-botan-private-key -> Ed25519 function=keygen
    Botan::Ed25519_PrivateKey ed(rng);
    // ruleid: cpp-botan-private-key -> X25519
    auto x = std::make_unique<Botan::X25519_PrivateKey>(rng);
    // ruleid: cpp-botan-private-key -> X25519
    Botan::Curve25519_PrivateKey c(rng);
    // ok: cpp-botan-private-key
    Botan::Ed25519_PublicKey pub = ed;
}
