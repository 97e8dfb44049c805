#include <sodium.h>

int check(const unsigned char *mac, const unsigned char *in, unsigned long long inlen, const unsigned char *k) {
    // ruleid: c-libsodium-auth-verify -> HMAC-SHA-512/256 function=verify
    if (crypto_auth_verify(mac, in, inlen, k) != 0)
        return -1;
    // ruleid: c-libsodium-auth-verify -> HMAC-SHA-256
    if (crypto_auth_hmacsha256_verify(mac, in, inlen, k) != 0)
        return -1;
    // ruleid: c-libsodium-auth-verify -> Poly1305
    return crypto_onetimeauth_verify(mac, in, inlen, k);
}

void nope(unsigned char *mac, const unsigned char *in, const unsigned char *k) {
    // ok: c-libsodium-auth-verify
    crypto_auth(mac, in, 1, k);
}
