#include <sodium.h>

#define PWHASH_ALG crypto_pwhash_ALG_ARGON2I13

int derive(unsigned char *key, const char *pw, const unsigned char *salt, int alg) {
    // ruleid: c-libsodium-pwhash -> Argon2id function=keyderive
    if (crypto_pwhash(key, 32, pw, strlen(pw), salt, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                      crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_DEFAULT) != 0)
        return -1;
    // ruleid: c-libsodium-pwhash -> Argon2id
    crypto_pwhash(key, 32, pw, strlen(pw), salt, 3, 1 << 26, crypto_pwhash_ALG_ARGON2ID13);
    // ruleid: c-libsodium-pwhash -> Argon2i
    crypto_pwhash(key, 32, pw, strlen(pw), salt, 3, 1 << 26, PWHASH_ALG);
    // ruleid: c-libsodium-pwhash -> unknown unresolved=algorithm
    crypto_pwhash(key, 32, pw, strlen(pw), salt, 3, 1 << 26, alg);
    // ok: c-libsodium-pwhash
    return crypto_pwhash_str((char *)key, pw, strlen(pw), 3, 1 << 26);
}
