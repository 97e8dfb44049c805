#include <openssl/aes.h>

void modes(const unsigned char *in, unsigned char *out, size_t n, const AES_KEY *k, unsigned char *iv) {
    int num = 0;
    // ruleid: c-openssl-aes-mode -> AES-ECB mode=ecb function=encrypt
    AES_ecb_encrypt(in, out, k, AES_ENCRYPT);
    // ruleid: c-openssl-aes-mode -> AES-ECB
    AES_encrypt(in, out, k);
    // ruleid: c-openssl-aes-mode -> AES-CBC
    AES_cbc_encrypt(in, out, n, k, iv, AES_DECRYPT);
    // ruleid: c-openssl-aes-mode -> AES-CFB
    AES_cfb128_encrypt(in, out, n, k, iv, &num, AES_ENCRYPT);
    // ruleid: c-openssl-aes-mode -> AES-OFB
    AES_ofb128_encrypt(in, out, n, k, iv, &num);
    // ruleid: c-openssl-aes-mode -> AES-KW
    AES_wrap_key((AES_KEY *)k, NULL, out, in, 16);
    // ok: c-openssl-aes-mode
    AES_set_encrypt_key(in, 128, (AES_KEY *)k);
    // ok: c-openssl-aes-mode
    my_AES_encrypt_helper(in, out);
}
