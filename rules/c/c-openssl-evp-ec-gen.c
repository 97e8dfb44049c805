#include <openssl/evp.h>

static const char *CURVE = "secp384r1";

EVP_PKEY *make(const char *group) {
    // ruleid: c-openssl-evp-ec-gen -> ECDSA-P-256 curve=P-256 function=keygen
    EVP_PKEY *a = EVP_EC_gen("P-256");
    // ruleid: c-openssl-evp-ec-gen -> ECDSA-P-384
    EVP_PKEY *b = EVP_EC_gen(CURVE);
    // ruleid: c-openssl-evp-ec-gen -> ECDSA-secp256k1
    EVP_PKEY *k = EVP_EC_gen("secp256k1");
    // ruleid: c-openssl-evp-ec-gen -> ECDSA unresolved=curve
    EVP_PKEY *c = EVP_EC_gen(group);
    // ok: c-openssl-evp-ec-gen
    EVP_PKEY *d = EVP_RSA_gen(2048);
    return a;
}
