#include <openssl/evp.h>

int legacy_verify(EVP_MD_CTX *ctx) {
    // ruleid: c-openssl-evp-verifyinit -> SHA-1 function=verify
    EVP_VerifyInit(ctx, EVP_sha1());
    // ruleid: c-openssl-evp-verifyinit -> MD5
    EVP_VerifyInit_ex(ctx, EVP_md5(), NULL);
    // ok: c-openssl-evp-verifyinit
    EVP_SignInit(ctx, EVP_sha1());
    return 0;
}
