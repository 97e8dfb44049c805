#include <openssl/hmac.h>

void mac(const void *key, int keylen, HMAC_CTX *given) {
    HMAC_CTX *ctx = HMAC_CTX_new();
    // ruleid: c-openssl-hmac-init -> HMAC-SHA-256 function=tag
    HMAC_Init_ex(ctx, key, keylen, EVP_sha256(), NULL);
    // ruleid: c-openssl-hmac-init -> HMAC-SHA-1
    HMAC_Init(ctx, key, keylen, EVP_sha1());
    // ruleid: c-openssl-hmac-init -> HMAC
    HMAC_Init_ex(ctx, NULL, 0, NULL, NULL);
    // ok: c-openssl-hmac-init
    HMAC_Update(ctx, (const unsigned char *)"x", 1);
    // ok: c-openssl-hmac-init
    HMAC_CTX_free(ctx);
}
