#include <openssl/evp.h>
#include <openssl/rsa.h>

#define RSA_BITS 3072

EVP_PKEY *rsa_key(void) {
    EVP_PKEY *pkey = NULL;
    // ruleid: c-openssl-evp-pkey-ctx-new-id -> RSA-2048 function=keygen
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
    if (ctx == NULL || EVP_PKEY_keygen_init(ctx) <= 0)
        return NULL;
    // ok: c-openssl-evp-pkey-ctx-new-id
    if (EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 2048) <= 0)
        return NULL;
    EVP_PKEY_keygen(ctx, &pkey);
    EVP_PKEY_CTX_free(ctx);
    return pkey;
}

EVP_PKEY *weak_rsa(void) {
    EVP_PKEY *pkey = NULL;
    EVP_PKEY_CTX *kctx;
    // ruleid: c-openssl-evp-pkey-ctx-new-id -> RSA-1024
    if (!(kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL)))
        return NULL;
    EVP_PKEY_keygen_init(kctx);
    EVP_PKEY_CTX_set_rsa_keygen_bits(kctx, 1024);
    EVP_PKEY_keygen(kctx, &pkey);
    return pkey;
}

EVP_PKEY *ec_key(void) {
    EVP_PKEY *pkey = NULL;
    // ruleid: c-openssl-evp-pkey-ctx-new-id -> ECDSA-P-384 curve=P-384
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_EC, NULL);
    EVP_PKEY_paramgen_init(pctx);
    EVP_PKEY_CTX_set_group_name(pctx, "secp384r1");
    EVP_PKEY_keygen(pctx, &pkey);
    return pkey;
}

EVP_PKEY *ec_key_nid(void) {
    EVP_PKEY *params = NULL;
    // ruleid: c-openssl-evp-pkey-ctx-new-id -> ECDSA-P-256 curve=P-256
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_EC, NULL);
    EVP_PKEY_paramgen_init(pctx);
    EVP_PKEY_CTX_set_ec_paramgen_curve_nid(pctx, NID_X9_62_prime256v1);
    EVP_PKEY_paramgen(pctx, &params);
    return params;
}

void others(struct state *s, unsigned bits) {
    EVP_PKEY *pkey = NULL;
    // ruleid: c-openssl-evp-pkey-ctx-new-id -> X25519 function=keygen
    EVP_PKEY_CTX *x = EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, NULL);
    // ruleid: c-openssl-evp-pkey-ctx-new-id -> Ed25519
    EVP_PKEY_CTX *ed = EVP_PKEY_CTX_new_id(NID_ED25519, NULL);
    // ruleid: c-openssl-evp-pkey-ctx-new-id -> HKDF
    EVP_PKEY_CTX *kdf = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, NULL);
    // ruleid: c-openssl-evp-pkey-ctx-new-id -> RSA-PSS
    EVP_PKEY_CTX *pss = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA_PSS, NULL);
    // ruleid: c-openssl-evp-pkey-ctx-new-id -> FFDH
    EVP_PKEY_CTX *dh = EVP_PKEY_CTX_new_id(EVP_PKEY_DH, NULL);
    // ruleid: c-openssl-evp-pkey-ctx-new-id -> RSA-4096
    s->ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
    EVP_PKEY_CTX_set_rsa_keygen_bits(s->ctx, 4096);
    // ruleid: c-openssl-evp-pkey-ctx-new-id -> RSA unresolved=size
    EVP_PKEY_CTX *sized = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
    EVP_PKEY_CTX_set_rsa_keygen_bits(sized, bits);
    // ruleid: c-openssl-evp-pkey-ctx-new-id -> DSA-2048
    EVP_PKEY_CTX *dsa = EVP_PKEY_CTX_new_id(EVP_PKEY_DSA, NULL);
    EVP_PKEY_CTX_set_dsa_paramgen_bits(dsa, 2048);
    // ok: c-openssl-evp-pkey-ctx-new-id
    EVP_PKEY_CTX *from_key = EVP_PKEY_CTX_new(pkey, NULL);
    // ok: c-openssl-evp-pkey-ctx-new-id
    int id = EVP_PKEY_RSA;
}

EVP_PKEY_CTX *by_type(int type) {
    // ruleid: c-openssl-evp-pkey-ctx-new-id -> unknown unresolved=algorithm
    return EVP_PKEY_CTX_new_id(type, NULL);
}
