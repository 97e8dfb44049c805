#include <sodium.h>

void macs(unsigned char *mac, const unsigned char *in, unsigned long long inlen, const unsigned char *k) {
    crypto_auth_hmacsha256_state st;
    // ruleid: c-libsodium-auth -> HMAC-SHA-512/256 function=tag
    crypto_auth(mac, in, inlen, k);
    // ruleid: c-libsodium-auth -> HMAC-SHA-256
    crypto_auth_hmacsha256(mac, in, inlen, k);
    // ruleid: c-libsodium-auth -> HMAC-SHA-256
    crypto_auth_hmacsha256_init(&st, k, 32);
    // ruleid: c-libsodium-auth -> HMAC-SHA-512
    crypto_auth_hmacsha512(mac, in, inlen, k);
    // ruleid: c-libsodium-auth -> Poly1305
    crypto_onetimeauth(mac, in, inlen, k);
    // ruleid: c-libsodium-auth -> SipHash
    crypto_shorthash(mac, in, inlen, k);
    // ok: c-libsodium-auth
    crypto_auth_keygen((unsigned char *)k);
    // ok: c-libsodium-auth
    crypto_auth_verify(mac, in, inlen, k);
}
