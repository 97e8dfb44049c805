#include <openssl/evp.h>

int legacy_sign(EVP_MD_CTX *ctx) {
    // ruleid: c-openssl-evp-signinit -> SHA-1 function=sign
    EVP_SignInit(ctx, EVP_sha1());
    // ruleid: c-openssl-evp-signinit -> SHA-256
    EVP_SignInit_ex(ctx, EVP_sha256(), NULL);
    // ok: c-openssl-evp-signinit
    EVP_VerifyInit(ctx, EVP_sha1());
    // ok: c-openssl-evp-signinit
    EVP_SignUpdate(ctx, "x", 1);
    return 0;
}
