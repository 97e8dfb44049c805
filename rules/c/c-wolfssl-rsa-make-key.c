#include <wolfssl/wolfcrypt/rsa.h>

#define RSA_BITS 3072
static const int BITS = 1024;

int gen(RsaKey *key, WC_RNG *rng, int size) {
    // ruleid: c-wolfssl-rsa-make-key -> RSA-2048 function=keygen
    int ret = wc_MakeRsaKey(key, 2048, 65537, rng);
    // ruleid: c-wolfssl-rsa-make-key -> RSA-1024
    ret = wc_MakeRsaKey(key, BITS, WC_RSA_EXPONENT, rng);
    // ruleid: c-wolfssl-rsa-make-key
    ret = wc_MakeRsaKey(key, RSA_BITS, WC_RSA_EXPONENT, rng);
    // ruleid: c-wolfssl-rsa-make-key -> RSA unresolved=size
    ret = wc_MakeRsaKey(key, size, WC_RSA_EXPONENT, rng);
    // ok: c-wolfssl-rsa-make-key
    ret = wc_InitRsaKey(key, NULL);
    return ret;
}
