#include <mbedtls/md.h>

void lookups(const char *configured) {
    // ruleid: c-mbedtls-md-info-from-string -> SHA-256 function=digest
    const mbedtls_md_info_t *md = mbedtls_md_info_from_string("SHA256");
    // ruleid: c-mbedtls-md-info-from-string -> SHA-1
    md = mbedtls_md_info_from_string("SHA1");
    // ruleid: c-mbedtls-md-info-from-string -> unknown unresolved=algorithm
    md = mbedtls_md_info_from_string(configured);
    // ok: c-mbedtls-md-info-from-string
    const mbedtls_cipher_info_t *c = mbedtls_cipher_info_from_string("AES-128-GCM");
}
