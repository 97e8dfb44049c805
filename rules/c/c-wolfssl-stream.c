#include <wolfssl/wolfcrypt/chacha20_poly1305.h>

int stream(ChaCha *c, Arc4 *a, const byte *key, const byte *iv, const byte *in, word32 n, byte *out, byte *tag) {
    // ruleid: c-wolfssl-stream -> ChaCha20 function=encrypt
    int ret = wc_Chacha_SetKey(c, key, 32);
    // ruleid: c-wolfssl-stream -> ChaCha20-Poly1305
    ret = wc_ChaCha20Poly1305_Encrypt(key, iv, NULL, 0, in, n, out, tag);
    // ruleid: c-wolfssl-stream -> RC4
    ret = wc_Arc4SetKey(a, key, 16);
    // ok: c-wolfssl-stream
    ret = wc_Chacha_Process(c, out, in, n);
    return ret;
}
