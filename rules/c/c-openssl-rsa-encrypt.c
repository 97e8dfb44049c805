#include <openssl/rsa.h>

#define PADDING RSA_PKCS1_OAEP_PADDING

int enc(int flen, const unsigned char *from, unsigned char *to, RSA *rsa, int padding) {
    // ruleid: c-openssl-rsa-encrypt -> RSA-OAEP function=encrypt
    int n = RSA_public_encrypt(flen, from, to, rsa, RSA_PKCS1_OAEP_PADDING);
    // ruleid: c-openssl-rsa-encrypt -> RSA-PKCS1-1.5
    n = RSA_public_encrypt(flen, from, to, rsa, RSA_PKCS1_PADDING);
    // ruleid: c-openssl-rsa-encrypt -> RSA
    n = RSA_public_encrypt(flen, from, to, rsa, RSA_NO_PADDING);
    // ruleid: c-openssl-rsa-encrypt -> RSA-OAEP
    n = RSA_public_encrypt(flen, from, to, rsa, PADDING);
    // ruleid: c-openssl-rsa-encrypt -> unknown unresolved=algorithm
    n = RSA_public_encrypt(flen, from, to, rsa, padding);
    // ok: c-openssl-rsa-encrypt
    n = RSA_private_decrypt(flen, from, to, rsa, RSA_PKCS1_OAEP_PADDING);
    return n;
}
