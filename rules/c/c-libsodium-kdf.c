#include <sodium.h>

void derive(unsigned char *subkey, unsigned char *prk, const unsigned char *master, const unsigned char *ikm) {
    // ruleid: c-libsodium-kdf -> BLAKE2b-512 function=keyderive
    crypto_kdf_derive_from_key(subkey, 32, 1, "CONTEXT_", master);
    // ruleid: c-libsodium-kdf -> HKDF-SHA-256
    crypto_kdf_hkdf_sha256_extract(prk, NULL, 0, ikm, 32);
    // ruleid: c-libsodium-kdf -> HKDF-SHA-256
    crypto_kdf_hkdf_sha256_expand(subkey, 32, "info", 4, prk);
    // ok: c-libsodium-kdf
    crypto_kdf_keygen(prk);
}
