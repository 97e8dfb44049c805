#include <mbedtls/des.h>

void des(const unsigned char *key) {
    mbedtls_des_context d;
    mbedtls_des3_context d3;
    // ruleid: c-mbedtls-des -> DES function=encrypt
    mbedtls_des_setkey_enc(&d, key);
    // ruleid: c-mbedtls-des -> 3DES-168
    mbedtls_des3_set3key_enc(&d3, key);
    // ruleid: c-mbedtls-des -> 3DES-112
    mbedtls_des3_set2key_dec(&d3, key);
    // ok: c-mbedtls-des
    mbedtls_des_key_set_parity((unsigned char *)key);
}
