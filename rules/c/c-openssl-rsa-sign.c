#include <openssl/rsa.h>

int sign(const unsigned char *m, unsigned int mlen, unsigned char *sig, unsigned int *siglen, RSA *rsa, int type) {
    // ruleid: c-openssl-rsa-sign -> RSA-PKCS1-1.5-SHA-256 function=sign
    RSA_sign(NID_sha256, m, mlen, sig, siglen, rsa);
    // ruleid: c-openssl-rsa-sign -> RSA-PKCS1-1.5-SHA-1
    RSA_sign(NID_sha1, m, mlen, sig, siglen, rsa);
    // ruleid: c-openssl-rsa-sign -> RSA-PKCS1-1.5 unresolved=hash
    RSA_sign(type, m, mlen, sig, siglen, rsa);
    // ok: c-openssl-rsa-sign
    return RSA_verify(NID_sha256, m, mlen, sig, *siglen, rsa);
}
