#include <botan/ecdsa.h>
#include <botan/ecdh.h>

void keys(Botan::RandomNumberGenerator &rng, const Botan::EC_Group &given) {
    // ruleid: cpp-botan-ec-private-key -> ECDSA-P-256 curve=P-256 function=keygen
    Botan::ECDSA_PrivateKey key(rng, Botan::EC_Group("secp256r1"));
    // ruleid: cpp-botan-ec-private-key -> ECDSA-P-384
    Botan::ECDSA_PrivateKey k384(rng, Botan::EC_Group::from_name("secp384r1"));
    Botan::EC_Group group("secp521r1");
    // ruleid: cpp-botan-ec-private-key -> ECDSA-P-521
    auto k521 = std::make_unique<Botan::ECDSA_PrivateKey>(rng, group);
    // ruleid: cpp-botan-ec-private-key -> ECDH-secp256k1
    Botan::ECDH_PrivateKey dh(rng, Botan::EC_Group("secp256k1"));
    // ruleid: cpp-botan-ec-private-key -> ECDSA unresolved=curve
    Botan::ECDSA_PrivateKey other(rng, given);
    // ok: cpp-botan-ec-private-key
    Botan::ECDSA_PublicKey pub = key;
}
