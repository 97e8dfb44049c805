#include <openssl/evp.h>

int verify(EVP_PKEY *pkey, OSSL_LIB_CTX *libctx) {
    EVP_MD_CTX *mdctx = EVP_MD_CTX_new();
    // ruleid: c-openssl-evp-digestverify-init -> SHA-256 function=verify
    EVP_DigestVerifyInit(mdctx, NULL, EVP_sha256(), NULL, pkey);
    // ruleid: c-openssl-evp-digestverify-init -> SHA-512
    EVP_DigestVerifyInit_ex(mdctx, NULL, "SHA512", libctx, NULL, pkey, NULL);
    // ruleid: c-openssl-evp-digestverify-init -> SHA-1
    int ok = EVP_DigestVerifyInit(mdctx, NULL, EVP_sha1(), NULL, pkey) == 1;
    // ok: c-openssl-evp-digestverify-init
    EVP_DigestSignInit(mdctx, NULL, EVP_sha256(), NULL, pkey);
    // ok: c-openssl-evp-digestverify-init
    EVP_DigestVerifyFinal(mdctx, (const unsigned char *)"sig", 3);
    return ok;
}
