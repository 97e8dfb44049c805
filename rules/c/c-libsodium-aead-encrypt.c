#include <sodium.h>

int seal(unsigned char *c, unsigned long long *clen, const unsigned char *m, unsigned long long mlen,
         const unsigned char *ad, unsigned long long adlen, const unsigned char *npub, const unsigned char *k,
         unsigned char *mac, unsigned long long *maclen) {
    // ruleid: c-libsodium-aead-encrypt -> AES-256-GCM function=encrypt
    if (crypto_aead_aes256gcm_encrypt(c, clen, m, mlen, ad, adlen, NULL, npub, k) != 0)
        return -1;
    // ruleid: c-libsodium-aead-encrypt -> ChaCha20-Poly1305
    crypto_aead_chacha20poly1305_ietf_encrypt(c, clen, m, mlen, ad, adlen, NULL, npub, k);
    // ruleid: c-libsodium-aead-encrypt -> ChaCha20-Poly1305
    crypto_aead_chacha20poly1305_encrypt(c, clen, m, mlen, ad, adlen, NULL, npub, k);
    // ruleid: c-libsodium-aead-encrypt -> XChaCha20-Poly1305
    crypto_aead_xchacha20poly1305_ietf_encrypt(c, clen, m, mlen, NULL, 0, NULL, npub, k);
    // ruleid: c-libsodium-aead-encrypt -> XChaCha20-Poly1305
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(c, mac, maclen, m, mlen, NULL, 0, NULL, npub, k);
    // ruleid: c-libsodium-aead-encrypt
    crypto_aead_aegis256_encrypt(c, clen, m, mlen, ad, adlen, NULL, npub, k);
    // ok: c-libsodium-aead-encrypt
    crypto_aead_xchacha20poly1305_ietf_keygen((unsigned char *)k);
    // ok: c-libsodium-aead-encrypt
    if (crypto_aead_aes256gcm_is_available() == 0) return -1;
    // ok: c-libsodium-aead-encrypt
    return crypto_aead_chacha20poly1305_ietf_decrypt((unsigned char *)m, NULL, NULL, c, *clen, ad, adlen, npub, k);
}
