#include <mbedtls/md.h>

int digest(const unsigned char *in, size_t n, unsigned char *out, mbedtls_pk_context *pk) {
    // ruleid: c-mbedtls-md-type -> SHA-256 function=digest
    const mbedtls_md_info_t *md = mbedtls_md_info_from_type(MBEDTLS_MD_SHA256);
    // ruleid: c-mbedtls-md-type -> SHA-1
    mbedtls_md(mbedtls_md_info_from_type(MBEDTLS_MD_SHA1), in, n, out);
    // ruleid: c-mbedtls-md-type -> MD5
    mbedtls_md_type_t legacy = MBEDTLS_MD_MD5;
    // ruleid: c-mbedtls-md-type -> SHA3-256
    md = mbedtls_md_info_from_type(MBEDTLS_MD_SHA3_256);
    // ruleid: c-mbedtls-md-type -> SHA-512
    mbedtls_pk_sign(pk, MBEDTLS_MD_SHA512, in, 64, out, 512, &n, NULL, NULL);
    // ok: c-mbedtls-md-type
    unsigned char buf[MBEDTLS_MD_MAX_SIZE];
    // ok: c-mbedtls-md-type
    memset(buf, 0, MBEDTLS_MD_MAX_SIZE);
    // ok: c-mbedtls-md-type
    return mbedtls_md_get_size(md);
}
