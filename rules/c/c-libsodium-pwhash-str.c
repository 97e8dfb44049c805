#include <sodium.h>

int store(char *out, const char *pw, unsigned char *key, const unsigned char *salt) {
    // ruleid: c-libsodium-pwhash-str -> Argon2id function=keyderive
    if (crypto_pwhash_str(out, pw, strlen(pw), crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE) != 0)
        return -1;
    // ruleid: c-libsodium-pwhash-str -> Argon2i
    crypto_pwhash_argon2i_str(out, pw, strlen(pw), 4, 1 << 25);
    // ruleid: c-libsodium-pwhash-str -> scrypt
    crypto_pwhash_scryptsalsa208sha256(key, 32, pw, strlen(pw), salt, 524288, 16777216);
    // ok: c-libsodium-pwhash-str
    return crypto_pwhash_str_verify(out, pw, strlen(pw));
}
