#include <openssl/evp.h>

int sign(EVP_PKEY *pkey, OSSL_LIB_CTX *libctx, const EVP_MD *given) {
    EVP_MD_CTX *mdctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = NULL;
    const EVP_MD *md = EVP_sha384();
    // ruleid: c-openssl-evp-digestsign-init -> SHA-256 function=sign
    EVP_DigestSignInit(mdctx, &pctx, EVP_sha256(), NULL, pkey);
    // ruleid: c-openssl-evp-digestsign-init -> SHA-384
    EVP_DigestSignInit(mdctx, NULL, md, NULL, pkey);
    // ruleid: c-openssl-evp-digestsign-init -> SHA-1
    if (EVP_DigestSignInit(mdctx, NULL, EVP_sha1(), NULL, pkey) != 1)
        return 0;
    // ruleid: c-openssl-evp-digestsign-init -> SHA-256
    EVP_DigestSignInit_ex(mdctx, NULL, "SHA256", libctx, NULL, pkey, NULL);
    // ruleid: c-openssl-evp-digestsign-init -> SHA3-512
    EVP_DigestSignInit_ex(mdctx, NULL, "SHA3-512", libctx, NULL, pkey, NULL);
    // ruleid: c-openssl-evp-digestsign-init -> unknown unresolved=algorithm
    EVP_DigestSignInit(mdctx, NULL, given, NULL, pkey);
    // ok: c-openssl-evp-digestsign-init
    EVP_DigestVerifyInit(mdctx, NULL, EVP_sha256(), NULL, pkey);
    // ok: c-openssl-evp-digestsign-init
    EVP_DigestSignUpdate(mdctx, "data", 4);
    return 1;
}
