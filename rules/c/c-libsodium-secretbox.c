#include <sodium.h>

int seal(unsigned char *c, const unsigned char *m, unsigned long long mlen,
         const unsigned char *n, const unsigned char *k, unsigned char *mac) {
    // ruleid: c-libsodium-secretbox -> XSalsa20-Poly1305 function=encrypt
    if (crypto_secretbox_easy(c, m, mlen, n, k) != 0)
        return -1;
    // ruleid: c-libsodium-secretbox -> XSalsa20-Poly1305
    crypto_secretbox_detached(c, mac, m, mlen, n, k);
    // ruleid: c-libsodium-secretbox -> XChaCha20-Poly1305
    crypto_secretbox_xchacha20poly1305_easy(c, m, mlen, n, k);
    // ok: c-libsodium-secretbox
    crypto_secretbox_keygen((unsigned char *)k);
    // ok: c-libsodium-secretbox
    crypto_secretbox_open_easy((unsigned char *)m, c, mlen + crypto_secretbox_MACBYTES, n, k);
    // ok: c-libsodium-secretbox
    return crypto_box_easy(c, m, mlen, n, k, k);
}
