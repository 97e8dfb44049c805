#include <sodium.h>

int open_box(unsigned char *m, const unsigned char *c, unsigned long long clen,
             const unsigned char *n, const unsigned char *k, const unsigned char *mac) {
    // ruleid: c-libsodium-secretbox-open -> XSalsa20-Poly1305 function=decrypt
    if (crypto_secretbox_open_easy(m, c, clen, n, k) != 0)
        return -1;
    // ruleid: c-libsodium-secretbox-open -> XSalsa20-Poly1305
    crypto_secretbox_open_detached(m, c, mac, clen, n, k);
    // ruleid: c-libsodium-secretbox-open -> XChaCha20-Poly1305
    crypto_secretbox_xchacha20poly1305_open_easy(m, c, clen, n, k);
    // ok: c-libsodium-secretbox-open
    return crypto_secretbox_easy(m, c, clen, n, k);
}
