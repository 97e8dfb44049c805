#include <mbedtls/aes.h>

#define KEYBITS 192
static const unsigned int AES_KEY_BITS = 128;

int setkeys(const unsigned char *key, unsigned int bits) {
    mbedtls_aes_context aes;
    mbedtls_camellia_context cam;
    mbedtls_aes_init(&aes);
    // ruleid: c-mbedtls-cipher-setkey -> AES-256 function=encrypt
    mbedtls_aes_setkey_enc(&aes, key, 256);
    // ruleid: c-mbedtls-cipher-setkey -> AES-128
    if (mbedtls_aes_setkey_dec(&aes, key, AES_KEY_BITS) != 0)
        return -1;
    // ruleid: c-mbedtls-cipher-setkey
    mbedtls_aes_setkey_enc(&aes, key, KEYBITS);
    // ruleid: c-mbedtls-cipher-setkey -> AES unresolved=size
    mbedtls_aes_setkey_enc(&aes, key, bits);
    // ruleid: c-mbedtls-cipher-setkey -> CAMELLIA-128
    mbedtls_camellia_setkey_enc(&cam, key, 128);
    // ok: c-mbedtls-cipher-setkey
    mbedtls_aes_free(&aes);
    // ok: c-mbedtls-cipher-setkey
    return AES_set_encrypt_key(key, 128, NULL);
}
