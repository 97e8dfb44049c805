#include <openssl/hmac.h>

unsigned char *mac(const void *key, int keylen, const unsigned char *d, size_t n, const EVP_MD *given) {
    static unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outlen = 0;
    const EVP_MD *md = EVP_sha1();
    // ruleid: c-openssl-hmac -> HMAC-SHA-256 function=tag
    HMAC(EVP_sha256(), key, keylen, d, n, out, &outlen);
    // ruleid: c-openssl-hmac -> HMAC-SHA-1
    HMAC(md, key, keylen, d, n, out, &outlen);
    // ruleid: c-openssl-hmac -> HMAC-SHA-512
    unsigned char *r = HMAC(EVP_sha512(), key, keylen, d, n, NULL, NULL);
    // ruleid: c-openssl-hmac -> HMAC-MD5
    HMAC(EVP_md5(), key, keylen, d, n, out, &outlen);
    // ruleid: c-openssl-hmac -> HMAC unresolved=hash
    HMAC(given, key, keylen, d, n, out, &outlen);
    // ok: c-openssl-hmac
    HMAC_Update(NULL, d, n);
    // ok: c-openssl-hmac
    EVP_MAC *m = EVP_MAC_fetch(NULL, "HMAC", NULL);
    return r;
}
