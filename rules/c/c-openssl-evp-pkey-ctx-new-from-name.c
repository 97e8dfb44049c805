#include <openssl/evp.h>

static const char *KEM = "ML-KEM-768";

int keys(OSSL_LIB_CTX *libctx, const char *alg, EVP_PKEY **out) {
    // ruleid: c-openssl-evp-pkey-ctx-new-from-name -> ML-KEM-768 function=keygen
    EVP_PKEY_CTX *kem = EVP_PKEY_CTX_new_from_name(NULL, "ML-KEM-768", NULL);
    // ruleid: c-openssl-evp-pkey-ctx-new-from-name -> ML-KEM-768
    EVP_PKEY_CTX *kem2 = EVP_PKEY_CTX_new_from_name(libctx, KEM, "provider=default");
    // ruleid: c-openssl-evp-pkey-ctx-new-from-name -> ML-DSA-65
    EVP_PKEY_CTX *dsa = EVP_PKEY_CTX_new_from_name(libctx, "ML-DSA-65", NULL);
    // ruleid: c-openssl-evp-pkey-ctx-new-from-name -> RSA-4096
    EVP_PKEY_CTX *rsa = EVP_PKEY_CTX_new_from_name(libctx, "RSA", NULL);
    EVP_PKEY_keygen_init(rsa);
    EVP_PKEY_CTX_set_rsa_keygen_bits(rsa, 4096);
    // ruleid: c-openssl-evp-pkey-ctx-new-from-name -> ECDSA-P-256 curve=P-256
    EVP_PKEY_CTX *ec = EVP_PKEY_CTX_new_from_name(libctx, "EC", NULL);
    EVP_PKEY_keygen_init(ec);
    EVP_PKEY_CTX_set_group_name(ec, "P-256");
    // ruleid: c-openssl-evp-pkey-ctx-new-from-name -> X25519
    EVP_PKEY_CTX *x = EVP_PKEY_CTX_new_from_name(libctx, "X25519", NULL);
    // ruleid: c-openssl-evp-pkey-ctx-new-from-name -> unknown unresolved=algorithm
    EVP_PKEY_CTX *any = EVP_PKEY_CTX_new_from_name(libctx, alg, NULL);
    // ok: c-openssl-evp-pkey-ctx-new-from-name
    EVP_PKEY_CTX *fromkey = EVP_PKEY_CTX_new_from_pkey(libctx, *out, NULL);
    return EVP_PKEY_generate(kem, out);
}
