#include <wolfssl/wolfcrypt/aes.h>

int setup(Aes *aes, const byte *key, word32 keySz) {
    // ruleid: c-wolfssl-aes-aead-setkey -> AES-256-GCM mode=gcm function=encrypt
    int ret = wc_AesGcmSetKey(aes, key, 32);
    // ruleid: c-wolfssl-aes-aead-setkey -> AES-128-CCM
    ret = wc_AesCcmSetKey(aes, key, 16);
    // ruleid: c-wolfssl-aes-aead-setkey -> AES-GCM unresolved=size
    ret = wc_AesGcmSetKey(aes, key, keySz);
    // ok: c-wolfssl-aes-aead-setkey
    ret = wc_AesSetKey(aes, key, 16, NULL, AES_ENCRYPTION);
    return ret;
}
