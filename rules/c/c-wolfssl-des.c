#include <wolfssl/wolfcrypt/des3.h>

int des(Des3 *d3, Des *d, const byte *key, const byte *iv, byte *out, const byte *in, word32 sz) {
    // ruleid: c-wolfssl-des -> 3DES-168-CBC function=encrypt
    int ret = wc_Des3_SetKey(d3, key, iv, DES_ENCRYPTION);
    // ruleid: c-wolfssl-des -> 3DES-168-CBC
    ret = wc_Des3_CbcEncrypt(d3, out, in, sz);
    // ruleid: c-wolfssl-des -> DES-56-CBC
    ret = wc_Des_SetKey(d, key, iv, DES_ENCRYPTION);
    // ruleid: c-wolfssl-des -> DES-56-ECB
    ret = wc_Des_EcbEncrypt(d, out, in, sz);
    // ok: c-wolfssl-des
    ret = wc_Des3Init(d3, NULL, INVALID_DEVID);
    return ret;
}
