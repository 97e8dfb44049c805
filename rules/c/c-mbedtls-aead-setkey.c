#include <mbedtls/gcm.h>
#include <mbedtls/ccm.h>

#define GCM_KEY_BITS 256

int setup(const unsigned char *key, mbedtls_cipher_id_t id) {
    mbedtls_gcm_context gcm;
    mbedtls_ccm_context ccm;
    mbedtls_gcm_init(&gcm);
    // ruleid: c-mbedtls-aead-setkey -> AES-128-GCM mode=gcm function=encrypt
    mbedtls_gcm_setkey(&gcm, MBEDTLS_CIPHER_ID_AES, key, 128);
    // ruleid: c-mbedtls-aead-setkey
    if (mbedtls_gcm_setkey(&gcm, MBEDTLS_CIPHER_ID_AES, key, GCM_KEY_BITS) != 0)
        return -1;
    // ruleid: c-mbedtls-aead-setkey -> AES-256-CCM
    mbedtls_ccm_setkey(&ccm, MBEDTLS_CIPHER_ID_AES, key, 256);
    // ruleid: c-mbedtls-aead-setkey -> CAMELLIA-128-GCM
    mbedtls_gcm_setkey(&gcm, MBEDTLS_CIPHER_ID_CAMELLIA, key, 128);
    // ruleid: c-mbedtls-aead-setkey -> unknown unresolved=algorithm
    mbedtls_gcm_setkey(&gcm, id, key, 128);
    // ok: c-mbedtls-aead-setkey
    return mbedtls_gcm_starts(&gcm, MBEDTLS_GCM_ENCRYPT, key, 12);
}
