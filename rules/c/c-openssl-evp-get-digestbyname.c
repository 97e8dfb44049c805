#include <openssl/evp.h>

static const char *DIGEST = "sha256";

int digest_of(const char *requested) {
    // ruleid: c-openssl-evp-get-digestbyname -> SHA-1 function=digest
    const EVP_MD *sha1 = EVP_get_digestbyname("sha1");
    // ruleid: c-openssl-evp-get-digestbyname -> SHA-256
    const EVP_MD *md = EVP_get_digestbyname(DIGEST);
    // ruleid: c-openssl-evp-get-digestbyname -> MD5
    md = EVP_get_digestbyname("MD5");
    // ruleid: c-openssl-evp-get-digestbyname -> SHA3-512
    md = EVP_get_digestbyname("sha3-512");
    // ruleid: c-openssl-evp-get-digestbyname -> SHA-512/256
    md = EVP_get_digestbyname("SHA512-256");
    // ruleid: c-openssl-evp-get-digestbyname -> SHA-256
    md = EVP_get_digestbyname(SN_sha256);
    // ruleid: c-openssl-evp-get-digestbyname -> SHA-1
    md = EVP_get_digestbyname(LN_sha1);
    // ruleid: c-openssl-evp-get-digestbyname -> unknown unresolved=algorithm
    md = EVP_get_digestbyname(requested);
    // ok: c-openssl-evp-get-digestbyname
    const EVP_CIPHER *c = EVP_get_cipherbyname("sha1");
    // ok: c-openssl-evp-get-digestbyname
    md = get_digest_by_name("sha1");
    return md != NULL;
}
