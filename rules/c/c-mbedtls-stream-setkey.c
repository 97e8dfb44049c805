#include <mbedtls/chachapoly.h>

void keys(const unsigned char *key, const unsigned char *nonce, const unsigned char *in, unsigned char *out) {
    mbedtls_chachapoly_context cp;
    mbedtls_chacha20_context c;
    mbedtls_arc4_context rc4;
    // ruleid: c-mbedtls-stream-setkey -> ChaCha20-Poly1305 function=encrypt
    mbedtls_chachapoly_setkey(&cp, key);
    // ruleid: c-mbedtls-stream-setkey -> ChaCha20
    mbedtls_chacha20_setkey(&c, key);
    // ruleid: c-mbedtls-stream-setkey -> ChaCha20
    mbedtls_chacha20_crypt(key, nonce, 0, 64, in, out);
    // ruleid: c-mbedtls-stream-setkey -> RC4
    mbedtls_arc4_setup(&rc4, key, 16);
    // ok: c-mbedtls-stream-setkey
    mbedtls_chachapoly_free(&cp);
}
