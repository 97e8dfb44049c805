#include <openssl/rsa.h>

int dec(int flen, const unsigned char *from, unsigned char *to, RSA *rsa) {
    // ruleid: c-openssl-rsa-decrypt -> RSA-OAEP function=decrypt
    int n = RSA_private_decrypt(flen, from, to, rsa, RSA_PKCS1_OAEP_PADDING);
    // ruleid: c-openssl-rsa-decrypt -> RSA-PKCS1-1.5
    n = RSA_private_decrypt(flen, from, to, rsa, RSA_PKCS1_PADDING);
    // ok: c-openssl-rsa-decrypt
    n = RSA_public_encrypt(flen, from, to, rsa, RSA_PKCS1_PADDING);
    return n;
}
