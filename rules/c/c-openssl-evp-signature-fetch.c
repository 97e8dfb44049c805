#include <openssl/evp.h>

int sig(OSSL_LIB_CTX *libctx) {
    // ruleid: c-openssl-evp-signature-fetch -> ML-DSA-65 function=sign
    EVP_SIGNATURE *mldsa = EVP_SIGNATURE_fetch(libctx, "ML-DSA-65", NULL);
    // ruleid: c-openssl-evp-signature-fetch -> RSA
    EVP_SIGNATURE *rsa = EVP_SIGNATURE_fetch(NULL, "RSA", NULL);
    // ruleid: c-openssl-evp-signature-fetch -> Ed25519
    EVP_SIGNATURE *ed = EVP_SIGNATURE_fetch(NULL, "ED25519", NULL);
    // ok: c-openssl-evp-signature-fetch
    EVP_KEM *kem = EVP_KEM_fetch(libctx, "ML-KEM-768", NULL);
    // ok: c-openssl-evp-signature-fetch
    EVP_SIGNATURE_free(rsa);
    return 0;
}
