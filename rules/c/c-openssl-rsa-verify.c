#include <openssl/rsa.h>

int verify(const unsigned char *m, unsigned int mlen, const unsigned char *sig, unsigned int siglen, RSA *rsa) {
    // ruleid: c-openssl-rsa-verify -> RSA-PKCS1-1.5-SHA-256 function=verify
    int ok = RSA_verify(NID_sha256, m, mlen, sig, siglen, rsa);
    // ruleid: c-openssl-rsa-verify -> RSA-PKCS1-1.5-MD5
    ok &= RSA_verify(NID_md5, m, mlen, sig, siglen, rsa);
    // ok: c-openssl-rsa-verify
    RSA_sign(NID_sha256, m, mlen, (unsigned char *)sig, &siglen, rsa);
    return ok;
}
