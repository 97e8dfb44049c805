#include <sodium.h>

int stream(unsigned char *header, const unsigned char *k, unsigned char *c, const unsigned char *m) {
    crypto_secretstream_xchacha20poly1305_state st, in;
    // ruleid: c-libsodium-secretstream -> XChaCha20-Poly1305 function=encrypt
    crypto_secretstream_xchacha20poly1305_init_push(&st, header, k);
    // ok: c-libsodium-secretstream
    crypto_secretstream_xchacha20poly1305_push(&st, c, NULL, m, 10, NULL, 0, 0);
    // ruleid: c-libsodium-secretstream -> XChaCha20-Poly1305
    if (crypto_secretstream_xchacha20poly1305_init_pull(&in, header, k) != 0)
        return -1;
    // ok: c-libsodium-secretstream
    return crypto_secretstream_xchacha20poly1305_pull(&in, (unsigned char *)m, NULL, NULL, c, 27, NULL, 0);
}
