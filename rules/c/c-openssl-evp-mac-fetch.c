#include <openssl/evp.h>

static const char *MAC_NAME = "CMAC";

int mac(OSSL_LIB_CTX *libctx) {
    // ruleid: c-openssl-evp-mac-fetch -> HMAC function=tag
    EVP_MAC *hmac = EVP_MAC_fetch(libctx, "HMAC", NULL);
    // ruleid: c-openssl-evp-mac-fetch -> CMAC
    EVP_MAC *cmac = EVP_MAC_fetch(NULL, MAC_NAME, NULL);
    // ruleid: c-openssl-evp-mac-fetch -> KMAC256
    EVP_MAC *kmac = EVP_MAC_fetch(NULL, "KMAC256", NULL);
    // ruleid: c-openssl-evp-mac-fetch -> Poly1305
    EVP_MAC *poly = EVP_MAC_fetch(NULL, "POLY1305", NULL);
    // ruleid: c-openssl-evp-mac-fetch -> HMAC
    EVP_MAC *named = EVP_MAC_fetch(NULL, OSSL_MAC_NAME_HMAC, NULL);
    // ok: c-openssl-evp-mac-fetch
    EVP_MAC_CTX *ctx = EVP_MAC_CTX_new(hmac);
    // ok: c-openssl-evp-mac-fetch
    EVP_KDF *kdf = EVP_KDF_fetch(NULL, "HKDF", NULL);
    return ctx != NULL;
}
