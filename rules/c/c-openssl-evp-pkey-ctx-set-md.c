#include <openssl/kdf.h>

int hkdf(unsigned char *out, size_t *outlen, const EVP_MD *given) {
    // ruleid: c-openssl-evp-pkey-ctx-new-id -> HKDF-SHA-256 function=keygen
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, NULL);
    EVP_PKEY_derive_init(pctx);
    // ok: c-openssl-evp-pkey-ctx-set-md
    EVP_PKEY_CTX_set_hkdf_md(pctx, EVP_sha256());
    EVP_PKEY_derive(pctx, out, outlen);

    // ruleid: c-openssl-evp-pkey-ctx-new-id -> HKDF unresolved=hash
    EVP_PKEY_CTX *other = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, NULL);
    EVP_PKEY_CTX_set_hkdf_md(other, given);
    return EVP_PKEY_derive(other, out, outlen);
}
