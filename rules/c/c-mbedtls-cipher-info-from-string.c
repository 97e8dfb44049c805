#include <mbedtls/cipher.h>

static const char *CIPHER = "CAMELLIA-256-CBC";

void lookups(const char *configured) {
    // ruleid: c-mbedtls-cipher-info-from-string -> AES-128-GCM function=encrypt
    const mbedtls_cipher_info_t *c = mbedtls_cipher_info_from_string("AES-128-GCM");
    // ruleid: c-mbedtls-cipher-info-from-string -> 3DES-168-CBC
    c = mbedtls_cipher_info_from_string("DES-EDE3-CBC");
    // ruleid: c-mbedtls-cipher-info-from-string -> CAMELLIA-256-CBC
    c = mbedtls_cipher_info_from_string(CIPHER);
    // ruleid: c-mbedtls-cipher-info-from-string -> unknown unresolved=algorithm
    c = mbedtls_cipher_info_from_string(configured);
    // ok: c-mbedtls-cipher-info-from-string
    const mbedtls_md_info_t *md = mbedtls_md_info_from_string("SHA256");
}
