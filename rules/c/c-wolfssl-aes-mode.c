#include <wolfssl/wolfcrypt/aes.h>

int crypt(Aes *aes, byte *out, const byte *in, word32 sz, const byte *iv, byte *tag) {
    // ruleid: c-wolfssl-aes-mode -> AES-CBC mode=cbc function=encrypt
    int ret = wc_AesCbcEncrypt(aes, out, in, sz);
    // ruleid: c-wolfssl-aes-mode -> AES-ECB
    ret = wc_AesEcbEncrypt(aes, out, in, sz);
    // ruleid: c-wolfssl-aes-mode -> AES-GCM
    ret = wc_AesGcmEncrypt(aes, out, in, sz, iv, 12, tag, 16, NULL, 0);
    // ruleid: c-wolfssl-aes-mode -> AES-CTR
    ret = wc_AesCtrEncrypt(aes, out, in, sz);
    // ok: c-wolfssl-aes-mode
    wc_AesFree(aes);
    return ret;
}
