#include <string.h>
#include <openssl/evp.h>

#define LEGACY_CIPHER "des-ede3-cbc"

static const char *DEFAULT_CIPHER = "aes-256-cbc";
static const char FALLBACK[] = "AES-128-GCM";

const EVP_CIPHER *choose(const char *configured, int fast) {
    const char *name;
    // ruleid: c-openssl-evp-get-cipherbyname -> AES-256-CBC function=encrypt
    const EVP_CIPHER *c = EVP_get_cipherbyname(DEFAULT_CIPHER);
    // ruleid: c-openssl-evp-get-cipherbyname -> AES-256-GCM mode=gcm
    c = EVP_get_cipherbyname("aes-256-gcm");
    // ruleid: c-openssl-evp-get-cipherbyname -> AES-128-GCM
    c = EVP_get_cipherbyname(FALLBACK);
    // ruleid: c-openssl-evp-get-cipherbyname -> 3DES-168-CBC
    c = EVP_get_cipherbyname("DES-EDE3-CBC");
    // ruleid: c-openssl-evp-get-cipherbyname -> AES-256-CBC
    c = EVP_get_cipherbyname("aes256");
    // ruleid: c-openssl-evp-get-cipherbyname -> 3DES-168-CBC
    c = EVP_get_cipherbyname("des3");
    // ruleid: c-openssl-evp-get-cipherbyname -> Blowfish-CBC
    c = EVP_get_cipherbyname("bf-cbc");
    // ruleid: c-openssl-evp-get-cipherbyname -> Blowfish mode=ecb
    c = EVP_get_cipherbyname("bf-ecb");
    // ruleid: c-openssl-evp-get-cipherbyname -> AES-128-CBC
    c = EVP_get_cipherbyname("AES128");
    // ruleid: c-openssl-evp-get-cipherbyname -> RC4
    c = EVP_get_cipherbyname("rc4");
    // ruleid: c-openssl-evp-get-cipherbyname -> ChaCha20-Poly1305
    c = EVP_get_cipherbyname("chacha20-poly1305");
    // ruleid: c-openssl-evp-get-cipherbyname -> 3DES-168-ECB
    c = EVP_get_cipherbyname("des-ede3");
    // ruleid: c-openssl-evp-get-cipherbyname
    c = EVP_get_cipherbyname(LEGACY_CIPHER);
    // ruleid: c-openssl-evp-get-cipherbyname -> AES-256-CBC
    c = EVP_get_cipherbyname(SN_aes_256_cbc);
    // ruleid: c-openssl-evp-get-cipherbyname -> unknown unresolved=algorithm
    c = EVP_get_cipherbyname(OBJ_nid2sn(fast));
    // ruleid: c-openssl-evp-get-cipherbyname -> unknown unresolved=algorithm
    c = EVP_get_cipherbyname(configured);
    // ok: c-openssl-evp-get-cipherbyname
    const EVP_MD *md = EVP_get_digestbyname("sha256");
    // ok: c-openssl-evp-get-cipherbyname
    if (strcmp(configured, "aes-128-ecb") == 0) return NULL;
    return c;
}
