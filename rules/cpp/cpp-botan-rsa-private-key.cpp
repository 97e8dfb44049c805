#include <botan/rsa.h>
#include <botan/auto_rng.h>

constexpr size_t BITS = 4096;

void keys(Botan::RandomNumberGenerator &rng, size_t bits) {
    // ruleid: cpp-botan-rsa-private-key -> RSA-2048 function=keygen
    Botan::RSA_PrivateKey key(rng, 2048);
    // ruleid: cpp-botan-rsa-private-key -> RSA-3072
    auto owned = std::make_unique<Botan::RSA_PrivateKey>(rng, 3072);
    // ruleid: cpp-botan-rsa-private-key -> RSA-4096
    auto raw = new Botan::RSA_PrivateKey(rng, BITS);
    // ruleid: cpp-botan-rsa-private-key -> RSA unresolved=size
    Botan::RSA_PrivateKey sized(rng, bits);
    // ok: cpp-botan-rsa-private-key
    Botan::RSA_PublicKey pub = key;
    // ok: cpp-botan-rsa-private-key
    Botan::AutoSeeded_RNG arng;
}
