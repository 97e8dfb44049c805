#include <mbedtls/hkdf.h>

int derive(const unsigned char *salt, const unsigned char *ikm, unsigned char *okm, const mbedtls_md_info_t *given) {
    const mbedtls_md_info_t *md = mbedtls_md_info_from_type(MBEDTLS_MD_SHA384);
    // ruleid: c-mbedtls-hkdf -> HKDF-SHA-256 function=keyderive
    int ret = mbedtls_hkdf(mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), salt, 16, ikm, 32, NULL, 0, okm, 32);
    // ruleid: c-mbedtls-hkdf -> HKDF-SHA-384
    ret = mbedtls_hkdf(md, salt, 16, ikm, 32, NULL, 0, okm, 32);
    // ruleid: c-mbedtls-hkdf -> HKDF
    ret = mbedtls_hkdf(given, salt, 16, ikm, 32, NULL, 0, okm, 32);
    // ok: c-mbedtls-hkdf
    ret = mbedtls_md_hmac(md, salt, 16, ikm, 32, okm);
    return ret;
}
