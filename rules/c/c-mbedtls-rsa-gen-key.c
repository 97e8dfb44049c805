#include <mbedtls/rsa.h>

#define KEY_SIZE 4096
#define EXPONENT 65537
static const unsigned int LEGACY_SIZE = 1024;

int gen(mbedtls_rsa_context *rsa, mbedtls_ctr_drbg_context *drbg, unsigned int nbits) {
    // ruleid: c-mbedtls-rsa-gen-key -> RSA-2048 function=keygen
    int ret = mbedtls_rsa_gen_key(rsa, mbedtls_ctr_drbg_random, drbg, 2048, 65537);
    // ruleid: c-mbedtls-rsa-gen-key -> RSA-1024
    ret = mbedtls_rsa_gen_key(rsa, mbedtls_ctr_drbg_random, drbg, LEGACY_SIZE, EXPONENT);
    // ruleid: c-mbedtls-rsa-gen-key
    ret = mbedtls_rsa_gen_key(rsa, mbedtls_ctr_drbg_random, drbg, KEY_SIZE, EXPONENT);
    // ruleid: c-mbedtls-rsa-gen-key -> RSA unresolved=size
    ret = mbedtls_rsa_gen_key(rsa, mbedtls_ctr_drbg_random, drbg, nbits, EXPONENT);
    // ok: c-mbedtls-rsa-gen-key
    mbedtls_rsa_init(rsa);
    // ok: c-mbedtls-rsa-gen-key
    return mbedtls_rsa_check_privkey(rsa);
}
