#include <openssl/ecdsa.h>

int verify(const unsigned char *dgst, int len, const unsigned char *sig, int siglen, EC_KEY *key, ECDSA_SIG *s) {
    // ruleid: c-openssl-ecdsa-verify -> ECDSA function=verify
    int a = ECDSA_do_verify(dgst, len, s, key);
    // ruleid: c-openssl-ecdsa-verify -> ECDSA
    return a && ECDSA_verify(0, dgst, len, sig, siglen, key) == 1;
}

int sign(const unsigned char *dgst, int len, EC_KEY *key) {
    // ok: c-openssl-ecdsa-verify
    return ECDSA_do_sign(dgst, len, key) != NULL;
}
