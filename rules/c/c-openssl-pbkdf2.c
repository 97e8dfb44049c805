#include <openssl/evp.h>

#define ITERATIONS 600000
static const int ROUNDS = 100000;

int derive(const char *pass, const unsigned char *salt, unsigned char *out, int iter, const EVP_MD *md) {
    // ruleid: c-openssl-pbkdf2 -> PBKDF2-SHA-256 function=keyderive note=100000_iterations
    PKCS5_PBKDF2_HMAC(pass, strlen(pass), salt, 16, ROUNDS, EVP_sha256(), 32, out);
    // ruleid: c-openssl-pbkdf2 -> PBKDF2-SHA-1 note=1000_iterations
    PKCS5_PBKDF2_HMAC(pass, -1, salt, 8, 1000, EVP_sha1(), 16, out);
    // ruleid: c-openssl-pbkdf2 -> PBKDF2-SHA-512
    if (!PKCS5_PBKDF2_HMAC(pass, strlen(pass), salt, 16, ITERATIONS, EVP_sha512(), 64, out))
        return 0;
    // ruleid: c-openssl-pbkdf2 -> PBKDF2 unresolved=hash
    PKCS5_PBKDF2_HMAC(pass, strlen(pass), salt, 16, iter, md, 32, out);
    // ok: c-openssl-pbkdf2
    PKCS5_PBKDF2_HMAC_SHA1(pass, strlen(pass), salt, 16, 4096, 32, out);
    return 1;
}
