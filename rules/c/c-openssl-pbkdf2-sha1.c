#include <openssl/evp.h>

int derive(const char *pass, const unsigned char *salt, unsigned char *out, int rounds) {
    // ruleid: c-openssl-pbkdf2-sha1 -> PBKDF2-SHA-1 function=keyderive note=4096_iterations
    PKCS5_PBKDF2_HMAC_SHA1(pass, strlen(pass), salt, 16, 4096, 32, out);
    // ruleid: c-openssl-pbkdf2-sha1 -> PBKDF2-SHA-1 unresolved=iterations
    PKCS5_PBKDF2_HMAC_SHA1(pass, strlen(pass), salt, 16, rounds, 32, out);
    // ok: c-openssl-pbkdf2-sha1
    PKCS5_PBKDF2_HMAC(pass, strlen(pass), salt, 16, 4096, EVP_sha256(), 32, out);
    return 1;
}
