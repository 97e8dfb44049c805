#include <sodium.h>

void xor_stream(unsigned char *c, const unsigned char *m, unsigned long long mlen, const unsigned char *n,
                const unsigned char *k) {
    // ruleid: c-libsodium-stream -> Salsa20 function=encrypt
    crypto_stream_xor(c, m, mlen, n, k);
    // ruleid: c-libsodium-stream -> ChaCha20
    crypto_stream_chacha20_xor(c, m, mlen, n, k);
    // ruleid: c-libsodium-stream -> ChaCha20
    crypto_stream_chacha20_ietf_xor_ic(c, m, mlen, n, 1, k);
    // ruleid: c-libsodium-stream -> Salsa20
    crypto_stream_salsa20(c, mlen, n, k);
    // ok: c-libsodium-stream
    crypto_stream_keygen((unsigned char *)k);
    // ok: c-libsodium-stream
    crypto_secretstream_xchacha20poly1305_keygen((unsigned char *)k);
}
