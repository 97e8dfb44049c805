#include <sodium.h>

int send_to(unsigned char *c, const unsigned char *m, unsigned long long mlen, const unsigned char *n,
            const unsigned char *pk, const unsigned char *sk, const unsigned char *shared) {
    // ruleid: c-libsodium-box -> X25519 function=encrypt
    if (crypto_box_easy(c, m, mlen, n, pk, sk) != 0)
        return -1;
    // ruleid: c-libsodium-box -> X25519
    crypto_box_seal(c, m, mlen, pk);
    // ruleid: c-libsodium-box -> X25519
    crypto_box_easy_afternm(c, m, mlen, n, shared);
    // ok: c-libsodium-box
    crypto_box_keypair((unsigned char *)pk, (unsigned char *)sk);
    // ok: c-libsodium-box
    crypto_box_open_easy((unsigned char *)m, c, mlen, n, pk, sk);
    // ok: c-libsodium-box
    return crypto_secretbox_easy(c, m, mlen, n, shared);
}
