#include <openssl/aes.h>

#define AES_BITS 256
static const int KEY_BITS = 192;

void aes(const unsigned char *key, int bits) {
    AES_KEY enc, dec;
    // ruleid: c-openssl-aes-set-key -> AES-128 function=encrypt
    AES_set_encrypt_key(key, 128, &enc);
    // ruleid: c-openssl-aes-set-key -> AES-192
    AES_set_decrypt_key(key, KEY_BITS, &dec);
    // ruleid: c-openssl-aes-set-key
    if (AES_set_encrypt_key(key, AES_BITS, &enc) < 0) return;
    // ruleid: c-openssl-aes-set-key -> AES unresolved=size
    AES_set_encrypt_key(key, bits, &enc);
    // ok: c-openssl-aes-set-key
    AES_encrypt(key, (unsigned char *)key, &enc);
    // ok: c-openssl-aes-set-key
    mbedtls_aes_setkey_enc(NULL, key, 128);
}
