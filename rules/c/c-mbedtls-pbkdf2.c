#include <mbedtls/pkcs5.h>

#define ROUNDS 210000

int derive(const unsigned char *pw, size_t pwlen, const unsigned char *salt, unsigned char *key, mbedtls_md_context_t *md_ctx) {
    // ruleid: c-mbedtls-pbkdf2 -> PBKDF2-SHA-256 function=keyderive note=10000_iterations
    int ret = mbedtls_pkcs5_pbkdf2_hmac_ext(MBEDTLS_MD_SHA256, pw, pwlen, salt, 16, 10000, 32, key);
    // ruleid: c-mbedtls-pbkdf2 -> PBKDF2-SHA-512
    ret = mbedtls_pkcs5_pbkdf2_hmac_ext(MBEDTLS_MD_SHA512, pw, pwlen, salt, 16, ROUNDS, 64, key);
    // ruleid: c-mbedtls-pbkdf2 -> PBKDF2 unresolved=hash
    ret = mbedtls_pkcs5_pbkdf2_hmac(md_ctx, pw, pwlen, salt, 16, 1000, 32, key);
    // ok: c-mbedtls-pbkdf2
    ret = mbedtls_pkcs5_self_test(0);
    return ret;
}
