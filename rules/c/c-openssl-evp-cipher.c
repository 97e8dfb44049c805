#include <openssl/evp.h>

static const EVP_CIPHER *legacy_cipher(void) {
    /* ruleid: c-openssl-evp-cipher -> 3DES-168-CBC function=encrypt */
    return EVP_des_ede3_cbc();
}

int encrypt(const unsigned char *key, const unsigned char *iv, unsigned char *out) {
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    // ruleid: c-openssl-evp-cipher -> AES-256-GCM mode=gcm function=encrypt
    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> AES-128-CBC
    const EVP_CIPHER *cbc = EVP_aes_128_cbc();
    // ruleid: c-openssl-evp-cipher -> AES-256-ECB mode=ecb
    EVP_CipherInit_ex(ctx, EVP_aes_256_ecb(), NULL, key, NULL, 1);
    // ruleid: c-openssl-evp-cipher -> AES-128-CTR
    EVP_DecryptInit_ex(ctx, EVP_aes_128_ctr(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> RC4
    EVP_EncryptInit(ctx, EVP_rc4(), key, NULL);
    // ruleid: c-openssl-evp-cipher -> ChaCha20-Poly1305
    EVP_EncryptInit_ex(ctx, EVP_chacha20_poly1305(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> ChaCha20
    EVP_EncryptInit_ex(ctx, EVP_chacha20(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> Blowfish-CBC
    EVP_EncryptInit_ex(ctx, EVP_bf_cbc(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> Blowfish
    EVP_EncryptInit_ex(ctx, EVP_bf_ecb(), NULL, key, NULL);
    // ruleid: c-openssl-evp-cipher -> 3DES-168-ECB
    EVP_EncryptInit_ex(ctx, EVP_des_ede3(), NULL, key, NULL);
    // ruleid: c-openssl-evp-cipher -> CAST5
    EVP_EncryptInit_ex(ctx, EVP_cast5_ofb(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> AES-256-OCB
    EVP_EncryptInit_ex(ctx, EVP_aes_256_ocb(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> ARIA-128-CFB
    EVP_EncryptInit_ex(ctx, EVP_aria_128_cfb128(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> DES-56-ECB
    EVP_EncryptInit_ex(ctx, EVP_des_ecb(), NULL, key, NULL);
    // ruleid: c-openssl-evp-cipher -> DES-56-CBC
    EVP_EncryptInit_ex(ctx, EVP_des_cbc(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> 3DES-112-CBC
    EVP_EncryptInit_ex(ctx, EVP_des_ede_cbc(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> AES-128-CFB8
    EVP_EncryptInit_ex(ctx, EVP_aes_128_cfb8(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> AES-256-XTS
    EVP_EncryptInit_ex(ctx, EVP_aes_256_xts(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> AES-256-KW
    EVP_EncryptInit_ex(ctx, EVP_aes_256_wrap(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> AES-128-CCM
    EVP_EncryptInit_ex(ctx, EVP_aes_128_ccm(), NULL, NULL, NULL);
    // ruleid: c-openssl-evp-cipher -> AES-256-CBC
    EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc_hmac_sha256(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> CAMELLIA-256-CBC
    EVP_EncryptInit_ex(ctx, EVP_camellia_256_cbc(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> ARIA-128-GCM
    EVP_EncryptInit_ex(ctx, EVP_aria_128_gcm(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> SM4-CBC
    EVP_EncryptInit_ex(ctx, EVP_sm4_cbc(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> SEED-128-CBC
    EVP_EncryptInit_ex(ctx, EVP_seed_cbc(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> IDEA-CBC
    EVP_EncryptInit_ex(ctx, EVP_idea_cbc(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> CAST5-CBC
    EVP_EncryptInit_ex(ctx, EVP_cast5_cbc(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> RC2-40-CBC
    EVP_EncryptInit_ex(ctx, EVP_rc2_40_cbc(), NULL, key, iv);
    // ruleid: c-openssl-evp-cipher -> 3DES-168
    EVP_EncryptInit_ex(ctx, EVP_des_ede3_cfb64(), NULL, key, iv);
    // ok: c-openssl-evp-cipher
    EVP_EncryptUpdate(ctx, out, &len, key, 16);
    // ok: c-openssl-evp-cipher
    EVP_EncryptInit_ex(ctx, EVP_enc_null(), NULL, NULL, NULL);
    // ok: c-openssl-evp-cipher
    const EVP_MD *md = EVP_sha256();
    /* ok: c-openssl-evp-cipher */
    log_msg("using EVP_aes_128_cbc() here");
    EVP_CIPHER_CTX_free(ctx);
    return len;
}
