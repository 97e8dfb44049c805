#include <openssl/evp.h>

#define PROPQ "provider=default"
static const char *CIPHER_ALG = "AES-256-CBC";

int setup(OSSL_LIB_CTX *libctx, const char *alg) {
    // ruleid: c-openssl-evp-cipher-fetch -> AES-128-GCM function=encrypt
    EVP_CIPHER *gcm = EVP_CIPHER_fetch(NULL, "AES-128-GCM", NULL);
    // ruleid: c-openssl-evp-cipher-fetch -> AES-256-CBC
    EVP_CIPHER *cbc = EVP_CIPHER_fetch(libctx, CIPHER_ALG, PROPQ);
    // ruleid: c-openssl-evp-cipher-fetch -> ChaCha20-Poly1305
    EVP_CIPHER *chacha = EVP_CIPHER_fetch(libctx, "ChaCha20-Poly1305", "fips=no");
    // ruleid: c-openssl-evp-cipher-fetch -> 3DES-168-CBC
    EVP_CIPHER *tdes = EVP_CIPHER_fetch(libctx, "DES-EDE3-CBC", NULL);
    // ruleid: c-openssl-evp-cipher-fetch -> AES-256-XTS
    EVP_CIPHER *xts = EVP_CIPHER_fetch(libctx, "AES-256-XTS", NULL);
    // ruleid: c-openssl-evp-cipher-fetch -> AES-128-GCM
    EVP_CIPHER *sn = EVP_CIPHER_fetch(libctx, SN_aes_128_gcm, NULL);
    // ruleid: c-openssl-evp-cipher-fetch -> 3DES-168-KW
    EVP_CIPHER *wrap = EVP_CIPHER_fetch(libctx, "DES3-WRAP", NULL);
    // ruleid: c-openssl-evp-cipher-fetch -> unknown unresolved=algorithm
    EVP_CIPHER *any = EVP_CIPHER_fetch(libctx, alg, NULL);
    // ok: c-openssl-evp-cipher-fetch
    EVP_MD *md = EVP_MD_fetch(libctx, "SHA2-256", NULL);
    // ok: c-openssl-evp-cipher-fetch
    EVP_CIPHER_free(gcm);
    return 0;
}
