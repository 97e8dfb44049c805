#include <mbedtls/cipher.h>

// ruleid: c-mbedtls-cipher-type -> AES-256-CBC
static const mbedtls_cipher_type_t DEFAULT_TYPE = MBEDTLS_CIPHER_AES_256_CBC;

int setup(mbedtls_cipher_context_t *ctx, int legacy) {
    mbedtls_cipher_type_t type;
    // ruleid: c-mbedtls-cipher-type -> AES-128-GCM mode=gcm function=encrypt
    const mbedtls_cipher_info_t *info = mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_AES_128_GCM);
    // ok: c-mbedtls-cipher-type
    mbedtls_cipher_setup(ctx, mbedtls_cipher_info_from_type(DEFAULT_TYPE));
    if (legacy)
        // ruleid: c-mbedtls-cipher-type -> 3DES-168-CBC
        type = MBEDTLS_CIPHER_DES_EDE3_CBC;
    else
        // ruleid: c-mbedtls-cipher-type -> ChaCha20-Poly1305
        type = MBEDTLS_CIPHER_CHACHA20_POLY1305;
    // ruleid: c-mbedtls-cipher-type -> AES-128-ECB mode=ecb
    info = mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_AES_128_ECB);
    // ruleid: c-mbedtls-cipher-type -> RC4
    info = mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_ARC4_128);
    // ruleid: c-mbedtls-cipher-type -> CAMELLIA-256-CFB
    info = mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_CAMELLIA_256_CFB128);
    // ok: c-mbedtls-cipher-type
    info = mbedtls_cipher_info_from_type(type);
    // ok: c-mbedtls-cipher-type
    mbedtls_cipher_setkey(ctx, NULL, 128, MBEDTLS_ENCRYPT);
    // ok: c-mbedtls-cipher-type
    mbedtls_cipher_set_padding_mode(ctx, MBEDTLS_PADDING_PKCS7);
    // ok: c-mbedtls-cipher-type
    return MBEDTLS_CIPHER_VARIABLE_IV_LEN;
}
