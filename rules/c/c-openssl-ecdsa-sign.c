#include <openssl/ecdsa.h>

int sign(const unsigned char *dgst, int len, EC_KEY *key, unsigned char *sig, unsigned int *siglen) {
    // ruleid: c-openssl-ecdsa-sign -> ECDSA function=sign
    ECDSA_SIG *s = ECDSA_do_sign(dgst, len, key);
    // ruleid: c-openssl-ecdsa-sign -> ECDSA
    return ECDSA_sign(0, dgst, len, sig, siglen, key);
}

int verify(const unsigned char *dgst, int len, const unsigned char *sig, int siglen, EC_KEY *key) {
    // ok: c-openssl-ecdsa-sign
    return ECDSA_verify(0, dgst, len, sig, siglen, key);
}
