#include <mbedtls/sha256.h>
#include <mbedtls/sha1.h>
#include <mbedtls/md5.h>

int digests(const unsigned char *in, size_t n, unsigned char *out) {
    mbedtls_sha1_context sha1;
    mbedtls_sha256_context sha256;
    // ruleid: c-mbedtls-hash -> SHA-256 function=digest
    int ret = mbedtls_sha256(in, n, out, 0);
    // ruleid: c-mbedtls-hash -> SHA-1
    ret = mbedtls_sha1(in, n, out);
    // ruleid: c-mbedtls-hash -> SHA-1
    mbedtls_sha1_starts(&sha1);
    // ok: c-mbedtls-hash
    mbedtls_sha1_update(&sha1, in, n);
    // ok: c-mbedtls-hash
    mbedtls_sha1_finish(&sha1, out);
    // ruleid: c-mbedtls-hash -> MD5
    ret = mbedtls_md5_ret(in, n, out);
    // ruleid: c-mbedtls-hash -> SHA-256
    mbedtls_sha256_starts_ret(&sha256, 0);
    // ruleid: c-mbedtls-hash -> SHA-512
    mbedtls_sha512(in, n, out, 0);
    // ok: c-mbedtls-hash
    mbedtls_sha256_init(&sha256);
    return ret;
}
