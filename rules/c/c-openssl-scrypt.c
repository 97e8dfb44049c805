#include <openssl/evp.h>

int derive(const char *pass, const unsigned char *salt, unsigned char *key) {
    // ruleid: c-openssl-scrypt -> scrypt function=keyderive
    return EVP_PBE_scrypt(pass, strlen(pass), salt, 16, 1 << 15, 8, 1, 0, key, 32);
}

int other(void) {
    // ok: c-openssl-scrypt
    return scrypt_hash_password("pw");
}
