#include <wolfssl/wolfcrypt/pwdbased.h>

int derive(byte *out, const byte *pw, int pwLen, const byte *salt, int iters) {
    // ruleid: c-wolfssl-pbkdf2 -> PBKDF2-SHA-256 function=keyderive note=100000_iterations
    int ret = wc_PBKDF2(out, pw, pwLen, salt, 16, 100000, 32, WC_SHA256);
    // ruleid: c-wolfssl-pbkdf2 -> PBKDF2-SHA-1 unresolved=iterations
    ret = wc_PBKDF2(out, pw, pwLen, salt, 16, iters, 20, WC_SHA);
    // ok: c-wolfssl-pbkdf2
    ret = wc_PBKDF1(out, pw, pwLen, salt, 8, 1000, 16, WC_MD5);
    return ret;
}
