#include <sodium.h>

int sign(unsigned char *sm, unsigned long long *smlen, unsigned char *sig, const unsigned char *m,
         unsigned long long mlen, const unsigned char *sk) {
    crypto_sign_state st;
    // ruleid: c-libsodium-sign -> Ed25519 function=sign
    crypto_sign(sm, smlen, m, mlen, sk);
    // ruleid: c-libsodium-sign -> Ed25519
    if (crypto_sign_detached(sig, NULL, m, mlen, sk) != 0)
        return -1;
    crypto_sign_init(&st);
    crypto_sign_update(&st, m, mlen);
    // ruleid: c-libsodium-sign -> Ed25519ph
    crypto_sign_final_create(&st, sig, NULL, sk);
    // ok: c-libsodium-sign
    crypto_sign_keypair((unsigned char *)m, (unsigned char *)sk);
    // ok: c-libsodium-sign
    return crypto_sign_verify_detached(sig, m, mlen, sk);
}
