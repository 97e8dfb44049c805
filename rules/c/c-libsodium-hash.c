#include <sodium.h>

void hashes(unsigned char *out, const unsigned char *in, unsigned long long inlen, const unsigned char *key) {
    crypto_generichash_state st;
    crypto_hash_sha256_state s256;
    // ruleid: c-libsodium-hash -> BLAKE2b-512 function=digest
    crypto_generichash(out, crypto_generichash_BYTES, in, inlen, NULL, 0);
    // ruleid: c-libsodium-hash -> BLAKE2b-512
    crypto_generichash_init(&st, key, crypto_generichash_KEYBYTES, 32);
    // ok: c-libsodium-hash
    crypto_generichash_update(&st, in, inlen);
    // ok: c-libsodium-hash
    crypto_generichash_final(&st, out, 32);
    // ruleid: c-libsodium-hash -> SHA-512
    crypto_hash(out, in, inlen);
    // ruleid: c-libsodium-hash -> SHA-256
    crypto_hash_sha256(out, in, inlen);
    // ruleid: c-libsodium-hash -> SHA-256
    crypto_hash_sha256_init(&s256);
    // ruleid: c-libsodium-hash -> SHA-512
    crypto_hash_sha512(out, in, inlen);
    // ok: c-libsodium-hash
    crypto_generichash_keygen((unsigned char *)key);
}
