#include <wolfssl/wolfcrypt/rsa.h>

int crypt(const byte *in, word32 inLen, byte *out, word32 outLen, RsaKey *key, WC_RNG *rng) {
    // ruleid: c-wolfssl-rsa-crypt -> RSA-PKCS1-1.5 function=encrypt
    int ret = wc_RsaPublicEncrypt(in, inLen, out, outLen, key, rng);
    // ruleid: c-wolfssl-rsa-crypt -> RSA-PKCS1-1.5
    ret = wc_RsaPrivateDecrypt(out, ret, (byte *)in, inLen, key);
    // ok: c-wolfssl-rsa-crypt
    ret = wc_RsaEncryptSize(key);
    return ret;
}
