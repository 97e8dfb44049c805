#include <openssl/evp.h>

#define KEY_BITS 3072

int gen(EVP_PKEY **out) {
    // ruleid: c-openssl-evp-pkey-ctx-new-id -> RSA-3072
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
    int bits = 3072;
    EVP_PKEY_keygen_init(ctx);
    // ok: c-openssl-evp-pkey-ctx-set-bits
    EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, bits);
    return EVP_PKEY_keygen(ctx, out);
}

int gen_named(OSSL_LIB_CTX *libctx, EVP_PKEY **out) {
    // ruleid: c-openssl-evp-pkey-ctx-new-from-name -> RSA-2048
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(libctx, "RSA", NULL);
    EVP_PKEY_keygen_init(ctx);
    // ok: c-openssl-evp-pkey-ctx-set-bits
    EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 2048);
    return EVP_PKEY_keygen(ctx, out);
}

int gen_dh(EVP_PKEY **out) {
    // ruleid: c-openssl-evp-pkey-ctx-new-id -> FFDH-2048
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_DH, NULL);
    EVP_PKEY_paramgen_init(pctx);
    EVP_PKEY_CTX_set_dh_paramgen_prime_len(pctx, 2048);
    return EVP_PKEY_paramgen(pctx, out);
}
