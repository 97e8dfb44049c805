#include <openssl/evp.h>

static const char *GROUP = "P-384";

void keys(OSSL_LIB_CTX *libctx, const char *type) {
    // ruleid: c-openssl-evp-pkey-q-keygen -> RSA-2048 function=keygen
    EVP_PKEY *rsa = EVP_PKEY_Q_keygen(NULL, NULL, "RSA", 2048);
    // ruleid: c-openssl-evp-pkey-q-keygen -> ECDSA-P-256 curve=P-256
    EVP_PKEY *ec = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
    // ruleid: c-openssl-evp-pkey-q-keygen -> ECDSA-P-384
    EVP_PKEY *ec384 = EVP_PKEY_Q_keygen(libctx, "provider=default", "EC", GROUP);
    // ruleid: c-openssl-evp-pkey-q-keygen -> X25519
    EVP_PKEY *x = EVP_PKEY_Q_keygen(libctx, NULL, "X25519");
    // ruleid: c-openssl-evp-pkey-q-keygen -> Ed25519
    EVP_PKEY *ed = EVP_PKEY_Q_keygen(libctx, NULL, "ED25519");
    // ruleid: c-openssl-evp-pkey-q-keygen -> ML-KEM-768
    EVP_PKEY *kem = EVP_PKEY_Q_keygen(libctx, NULL, "ML-KEM-768");
    // ruleid: c-openssl-evp-pkey-q-keygen -> unknown unresolved=algorithm
    EVP_PKEY *any = EVP_PKEY_Q_keygen(libctx, NULL, type);
    // ok: c-openssl-evp-pkey-q-keygen
    EVP_PKEY *k = EVP_PKEY_new();
}
