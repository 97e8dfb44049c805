#include <openssl/evp.h>
#include <openssl/hmac.h>

static const EVP_MD *pick(int legacy) {
    if (legacy)
        // ruleid: c-openssl-evp-digest -> MD5 function=digest
        return EVP_md5();
    // ruleid: c-openssl-evp-digest -> SHA-256
    return EVP_sha256();
}

int hash(const unsigned char *data, size_t n, unsigned char *out, unsigned int *outlen) {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    // ruleid: c-openssl-evp-digest -> SHA-1
    EVP_DigestInit_ex(ctx, EVP_sha1(), NULL);
    // ruleid: c-openssl-evp-digest -> SHA-512
    const EVP_MD *md = EVP_sha512();
    // ruleid: c-openssl-evp-digest -> SHA3-256
    EVP_DigestInit_ex(ctx, EVP_sha3_256(), NULL);
    // ruleid: c-openssl-evp-digest -> SHA-384
    EVP_Digest(data, n, out, outlen, EVP_sha384(), NULL);
    // ruleid: c-openssl-evp-digest -> SHA-512/256
    EVP_DigestInit_ex(ctx, EVP_sha512_256(), NULL);
    // ruleid: c-openssl-evp-digest -> SHAKE256
    EVP_DigestInit_ex(ctx, EVP_shake256(), NULL);
    // ruleid: c-openssl-evp-digest -> BLAKE2b-512
    EVP_DigestInit_ex(ctx, EVP_blake2b512(), NULL);
    // ruleid: c-openssl-evp-digest -> RIPEMD-160
    EVP_DigestInit_ex(ctx, EVP_ripemd160(), NULL);
    // ruleid: c-openssl-evp-digest -> MD4
    EVP_DigestInit_ex(ctx, EVP_md4(), NULL);
    // ruleid: c-openssl-evp-digest -> SM3
    EVP_DigestInit_ex(ctx, EVP_sm3(), NULL);
    // ruleid: c-openssl-evp-digest -> SHA-224
    HMAC(EVP_sha224(), data, 16, data, n, out, outlen);
    // ok: c-openssl-evp-digest
    EVP_DigestUpdate(ctx, data, n);
    // ok: c-openssl-evp-digest
    EVP_DigestInit_ex(ctx, EVP_md_null(), NULL);
    // ok: c-openssl-evp-digest
    EVP_DigestInit_ex(ctx, pick(0), NULL);
    // ok: c-openssl-evp-digest
    int size = EVP_MD_size(md);
    EVP_MD_CTX_free(ctx);
    return size;
}
