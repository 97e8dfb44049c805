#include <openssl/curve25519.h>

int curve(uint8_t *shared, const uint8_t *peer, const uint8_t *msg, size_t len) {
    uint8_t pub[32], priv[32], epub[32], epriv[64], sig[64];
    // ruleid: c-boringssl-curve25519 -> X25519 function=other
    X25519_keypair(pub, priv);
    // ruleid: c-boringssl-curve25519 -> X25519
    if (!X25519(shared, priv, peer))
        return 0;
    // ruleid: c-boringssl-curve25519 -> Ed25519
    ED25519_keypair(epub, epriv);
    // ruleid: c-boringssl-curve25519 -> Ed25519
    ED25519_sign(sig, msg, len, epriv);
    // ok: c-boringssl-curve25519
    return CRYPTO_memcmp(pub, peer, 32);
}
