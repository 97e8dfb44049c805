#include <openssl/evp.h>

int run(OSSL_LIB_CTX *libctx, const char *name) {
    // ruleid: c-openssl-evp-md-fetch -> SHA-256 function=digest
    EVP_MD *sha256 = EVP_MD_fetch(libctx, "SHA2-256", NULL);
    // ruleid: c-openssl-evp-md-fetch -> SHA3-256
    EVP_MD *sha3 = EVP_MD_fetch(NULL, "SHA3-256", "provider=default");
    // ruleid: c-openssl-evp-md-fetch -> SHA-1
    EVP_MD *sha1 = EVP_MD_fetch(NULL, "SHA1", NULL);
    // ruleid: c-openssl-evp-md-fetch -> MD5
    EVP_MD *md5 = EVP_MD_fetch(NULL, "MD5", NULL);
    // ruleid: c-openssl-evp-md-fetch -> SHA-256
    EVP_MD *named = EVP_MD_fetch(NULL, OSSL_DIGEST_NAME_SHA2_256, NULL);
    // ruleid: c-openssl-evp-md-fetch -> SHA3-384
    EVP_MD *sn = EVP_MD_fetch(NULL, SN_sha3_384, NULL);
    // ruleid: c-openssl-evp-md-fetch -> unknown unresolved=algorithm
    EVP_MD *other = EVP_MD_fetch(libctx, name, NULL);
    // ok: c-openssl-evp-md-fetch
    EVP_CIPHER *c = EVP_CIPHER_fetch(libctx, "AES-128-GCM", NULL);
    // ok: c-openssl-evp-md-fetch
    EVP_MD_free(sha256);
    return 0;
}
