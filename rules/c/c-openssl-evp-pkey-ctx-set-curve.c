#include <openssl/evp.h>
#include <openssl/ec.h>

int ec(OSSL_LIB_CTX *libctx, EVP_PKEY **out) {
    // ruleid: c-openssl-evp-pkey-ctx-new-id -> ECDSA-P-521 curve=P-521
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_EC, NULL);
    EVP_PKEY_keygen_init(ctx);
    // ok: c-openssl-evp-pkey-ctx-set-curve
    EVP_PKEY_CTX_set_group_name(ctx, "secp521r1");
    EVP_PKEY_keygen(ctx, out);

    // ruleid: c-openssl-evp-pkey-ctx-new-from-name -> ECDSA-P-256
    EVP_PKEY_CTX *named = EVP_PKEY_CTX_new_from_name(libctx, "EC", NULL);
    EVP_PKEY_keygen_init(named);
    // ok: c-openssl-evp-pkey-ctx-set-curve
    EVP_PKEY_CTX_set_group_name(named, "prime256v1");
    EVP_PKEY_keygen(named, out);

    // ruleid: c-openssl-evp-pkey-ctx-new-id -> ECDSA-P-384 curve=P-384
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_EC, NULL);
    EVP_PKEY_paramgen_init(pctx);
    // ok: c-openssl-evp-pkey-ctx-set-curve
    EVP_PKEY_CTX_set_ec_paramgen_curve_nid(pctx, NID_secp384r1);
    EVP_PKEY_paramgen(pctx, out);

    // ruleid: c-openssl-evp-pkey-ctx-new-id -> ECDSA-P-256
    EVP_PKEY_CTX *p256 = EVP_PKEY_CTX_new_id(EVP_PKEY_EC, NULL);
    // ok: c-openssl-evp-pkey-ctx-set-curve
    EVP_PKEY_CTX_set_ec_paramgen_curve_nid(p256, NID_X9_62_prime256v1);
    EVP_PKEY_paramgen(p256, out);
    return 0;
}

int ec_with(int nid, EVP_PKEY **out) {
    // ruleid: c-openssl-evp-pkey-ctx-new-id -> ECDSA unresolved=curve
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_EC, NULL);
    EVP_PKEY_paramgen_init(pctx);
    EVP_PKEY_CTX_set_ec_paramgen_curve_nid(pctx, nid);
    return EVP_PKEY_paramgen(pctx, out);
}
