#include <sodium.h>

int receive(unsigned char *m, const unsigned char *c, unsigned long long clen, const unsigned char *n,
            const unsigned char *pk, const unsigned char *sk) {
    // ruleid: c-libsodium-box-open -> X25519 function=decrypt
    if (crypto_box_open_easy(m, c, clen, n, pk, sk) != 0)
        return -1;
    // ruleid: c-libsodium-box-open -> X25519
    return crypto_box_seal_open(m, c, clen, pk, sk);
}

int nope(unsigned char *c, const unsigned char *m, const unsigned char *pk) {
    // ok: c-libsodium-box-open
    return crypto_box_seal(c, m, 3, pk);
}
