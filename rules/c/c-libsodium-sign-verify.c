#include <sodium.h>

int verify(unsigned char *m, unsigned long long *mlen, const unsigned char *sm, unsigned long long smlen,
           const unsigned char *sig, const unsigned char *pk) {
    // ruleid: c-libsodium-sign-verify -> Ed25519 function=verify
    if (crypto_sign_verify_detached(sig, sm, smlen, pk) != 0)
        return -1;
    // ruleid: c-libsodium-sign-verify -> Ed25519
    return crypto_sign_open(m, mlen, sm, smlen, pk);
}

int nope(unsigned char *sig, const unsigned char *m, const unsigned char *sk) {
    // ok: c-libsodium-sign-verify
    return crypto_sign_detached(sig, NULL, m, 1, sk);
}
