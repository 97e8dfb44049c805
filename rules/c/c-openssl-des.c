#include <openssl/des.h>

void des(const unsigned char *in, unsigned char *out, long len) {
    DES_cblock key = {0};
    DES_cblock iv = {0};
    DES_key_schedule ks1, ks2, ks3;
    // ruleid: c-openssl-des -> DES function=encrypt
    DES_set_key(&key, &ks1);
    // ruleid: c-openssl-des -> DES
    if (DES_set_key_checked(&key, &ks2) != 0) return;
    // ruleid: c-openssl-des -> DES-56-ECB mode=ecb
    DES_ecb_encrypt((const_DES_cblock *)in, (DES_cblock *)out, &ks1, DES_ENCRYPT);
    // ruleid: c-openssl-des -> DES-56-CBC
    DES_ncbc_encrypt(in, out, len, &ks1, &iv, DES_ENCRYPT);
    // ruleid: c-openssl-des -> 3DES-168-CBC
    DES_ede3_cbc_encrypt(in, out, len, &ks1, &ks2, &ks3, &iv, DES_DECRYPT);
    // ruleid: c-openssl-des -> 3DES-168-ECB
    DES_ecb3_encrypt((const_DES_cblock *)in, (DES_cblock *)out, &ks1, &ks2, &ks3, DES_ENCRYPT);
    // ok: c-openssl-des
    DES_random_key(&key);
    // ok: c-openssl-des
    DES_set_odd_parity(&key);
}
