#include <openssl/evp.h>

int kem(OSSL_LIB_CTX *libctx) {
    // ruleid: c-openssl-evp-kem-fetch -> ML-KEM-768 function=encapsulate
    EVP_KEM *mlkem = EVP_KEM_fetch(libctx, "ML-KEM-768", NULL);
    // ruleid: c-openssl-evp-kem-fetch -> X25519MLKEM768
    EVP_KEM *hybrid = EVP_KEM_fetch(NULL, "X25519MLKEM768", NULL);
    // ok: c-openssl-evp-kem-fetch
    EVP_SIGNATURE *sig = EVP_SIGNATURE_fetch(libctx, "ML-DSA-65", NULL);
    // ok: c-openssl-evp-kem-fetch
    EVP_KEM_free(mlkem);
    return 0;
}
