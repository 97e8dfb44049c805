#include <openssl/kdf.h>

int derive(OSSL_LIB_CTX *libctx, const char *which) {
    // ruleid: c-openssl-evp-kdf-fetch -> HKDF function=keyderive
    EVP_KDF *hkdf = EVP_KDF_fetch(libctx, "HKDF", NULL);
    // ruleid: c-openssl-evp-kdf-fetch -> PBKDF2
    EVP_KDF *pbkdf2 = EVP_KDF_fetch(libctx, "PBKDF2", NULL);
    // ruleid: c-openssl-evp-kdf-fetch -> scrypt
    EVP_KDF *scrypt = EVP_KDF_fetch(NULL, "SCRYPT", NULL);
    // ruleid: c-openssl-evp-kdf-fetch -> Argon2id
    EVP_KDF *argon = EVP_KDF_fetch(NULL, "ARGON2ID", NULL);
    // ruleid: c-openssl-evp-kdf-fetch -> HKDF
    EVP_KDF *named = EVP_KDF_fetch(NULL, OSSL_KDF_NAME_HKDF, NULL);
    // ruleid: c-openssl-evp-kdf-fetch -> unknown unresolved=algorithm
    EVP_KDF *chosen = EVP_KDF_fetch(NULL, which, NULL);
    // ok: c-openssl-evp-kdf-fetch
    EVP_KDF_CTX *kctx = EVP_KDF_CTX_new(hkdf);
    // ok: c-openssl-evp-kdf-fetch
    EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
    return kctx != NULL;
}
