#include <openssl/evp.h>

#define BITS 4096
static const unsigned int LEGACY_BITS = 1024;

EVP_PKEY *make(unsigned int requested) {
    // ruleid: c-openssl-evp-rsa-gen -> RSA-3072 function=keygen
    EVP_PKEY *a = EVP_RSA_gen(3072);
    // ruleid: c-openssl-evp-rsa-gen -> RSA-1024
    EVP_PKEY *b = EVP_RSA_gen(LEGACY_BITS);
    // ruleid: c-openssl-evp-rsa-gen
    EVP_PKEY *c = EVP_RSA_gen(BITS);
    // ruleid: c-openssl-evp-rsa-gen -> RSA unresolved=size
    EVP_PKEY *d = EVP_RSA_gen(requested);
    // ok: c-openssl-evp-rsa-gen
    EVP_PKEY *e = EVP_EC_gen("P-256");
    return a;
}
