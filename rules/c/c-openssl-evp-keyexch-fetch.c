#include <openssl/evp.h>

int kex(OSSL_LIB_CTX *libctx) {
    // ruleid: c-openssl-evp-keyexch-fetch -> X25519 function=keyderive
    EVP_KEYEXCH *x = EVP_KEYEXCH_fetch(libctx, "X25519", NULL);
    // ruleid: c-openssl-evp-keyexch-fetch -> ECDH
    EVP_KEYEXCH *ecdh = EVP_KEYEXCH_fetch(NULL, "ECDH", NULL);
    // ruleid: c-openssl-evp-keyexch-fetch -> FFDH
    EVP_KEYEXCH *dh = EVP_KEYEXCH_fetch(NULL, "DH", NULL);
    // ok: c-openssl-evp-keyexch-fetch
    EVP_KEM *kem = EVP_KEM_fetch(libctx, "ML-KEM-768", NULL);
    return 0;
}
