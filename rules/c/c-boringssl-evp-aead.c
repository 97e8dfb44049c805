#include <openssl/aead.h>

int seal(const uint8_t *key, size_t key_len) {
    EVP_AEAD_CTX ctx;
    // ruleid: c-boringssl-evp-aead -> AES-256-GCM function=encrypt
    if (!EVP_AEAD_CTX_init(&ctx, EVP_aead_aes_256_gcm(), key, key_len, EVP_AEAD_DEFAULT_TAG_LENGTH, NULL))
        return 0;
    // ruleid: c-boringssl-evp-aead -> ChaCha20-Poly1305
    const EVP_AEAD *aead = EVP_aead_chacha20_poly1305();
    // ruleid: c-boringssl-evp-aead -> XChaCha20-Poly1305
    aead = EVP_aead_xchacha20_poly1305();
    // ruleid: c-boringssl-evp-aead -> AES-128-GCM-SIV
    aead = EVP_aead_aes_128_gcm_siv();
    // ruleid: c-boringssl-evp-aead -> AES-128-GCM
    aead = EVP_aead_aes_128_gcm_tls13();
    // ok: c-boringssl-evp-aead
    size_t n = EVP_AEAD_key_length(aead);
    // ok: c-boringssl-evp-aead
    EVP_AEAD_CTX_cleanup(&ctx);
    return (int)n;
}
