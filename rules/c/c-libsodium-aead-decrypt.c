#include <sodium.h>

int open_msg(unsigned char *m, unsigned long long *mlen, const unsigned char *c, unsigned long long clen,
             const unsigned char *ad, unsigned long long adlen, const unsigned char *npub, const unsigned char *k,
             const unsigned char *mac) {
    // ruleid: c-libsodium-aead-decrypt -> AES-256-GCM function=decrypt
    if (crypto_aead_aes256gcm_decrypt(m, mlen, NULL, c, clen, ad, adlen, npub, k) != 0)
        return -1;
    // ruleid: c-libsodium-aead-decrypt -> ChaCha20-Poly1305
    crypto_aead_chacha20poly1305_ietf_decrypt_detached(m, NULL, c, clen, mac, ad, adlen, npub, k);
    // ruleid: c-libsodium-aead-decrypt -> XChaCha20-Poly1305
    return crypto_aead_xchacha20poly1305_ietf_decrypt(m, mlen, NULL, c, clen, ad, adlen, npub, k);
}

int nope(unsigned char *c, const unsigned char *m, const unsigned char *npub, const unsigned char *k) {
    // ok: c-libsodium-aead-decrypt
    return crypto_aead_chacha20poly1305_ietf_encrypt(c, NULL, m, 1, NULL, 0, NULL, npub, k);
}
