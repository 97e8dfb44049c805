#include <mbedtls/aes.h>

int crypt(mbedtls_aes_context *ctx, unsigned char *iv, const unsigned char *in, unsigned char *out, size_t n) {
    size_t off = 0;
    unsigned char block[16];
    // ruleid: c-mbedtls-aes-crypt -> AES-ECB mode=ecb function=encrypt
    mbedtls_aes_crypt_ecb(ctx, MBEDTLS_AES_ENCRYPT, in, out);
    // ruleid: c-mbedtls-aes-crypt -> AES-CBC
    if (mbedtls_aes_crypt_cbc(ctx, MBEDTLS_AES_DECRYPT, n, iv, in, out) != 0)
        return -1;
    // ruleid: c-mbedtls-aes-crypt -> AES-CTR
    mbedtls_aes_crypt_ctr(ctx, n, &off, iv, block, in, out);
    // ruleid: c-mbedtls-aes-crypt -> AES-CFB
    mbedtls_aes_crypt_cfb128(ctx, MBEDTLS_AES_ENCRYPT, n, &off, iv, in, out);
    // ok: c-mbedtls-aes-crypt
    mbedtls_aes_setkey_enc(ctx, in, 128);
    // ok: c-mbedtls-aes-crypt
    return mbedtls_gcm_crypt_and_tag(NULL, MBEDTLS_GCM_ENCRYPT, n, iv, 12, NULL, 0, in, out, 16, block);
}
