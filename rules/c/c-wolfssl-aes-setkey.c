#include <wolfssl/wolfcrypt/aes.h>

#define KEY_LEN 32
static const word32 KEYSZ = 24;

int setup(Aes *aes, const byte *key, const byte *iv, word32 len) {
    // ruleid: c-wolfssl-aes-setkey -> AES-128 function=encrypt
    int ret = wc_AesSetKey(aes, key, 16, iv, AES_ENCRYPTION);
    // ruleid: c-wolfssl-aes-setkey -> AES-192
    ret = wc_AesSetKey(aes, key, KEYSZ, iv, AES_DECRYPTION);
    // ruleid: c-wolfssl-aes-setkey
    ret = wc_AesSetKeyDirect(aes, key, KEY_LEN, iv, AES_ENCRYPTION);
    // ruleid: c-wolfssl-aes-setkey -> AES unresolved=size
    ret = wc_AesSetKey(aes, key, len, iv, AES_ENCRYPTION);
    // ok: c-wolfssl-aes-setkey
    ret = wc_AesInit(aes, NULL, INVALID_DEVID);
    // ok: c-wolfssl-aes-setkey
    ret = wc_AesGcmSetKey(aes, key, 32);
    return ret;
}
