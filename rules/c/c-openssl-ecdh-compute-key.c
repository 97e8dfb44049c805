#include <openssl/ecdh.h>
#include <openssl/dh.h>

int agree(unsigned char *out, size_t outlen, const EC_POINT *peer, EC_KEY *key, const BIGNUM *pub, DH *dh) {
    // ruleid: c-openssl-ecdh-compute-key -> ECDH function=keyderive
    int n = ECDH_compute_key(out, outlen, peer, key, NULL);
    // ruleid: c-openssl-ecdh-compute-key -> FFDH
    n += DH_compute_key(out, pub, dh);
    // ok: c-openssl-ecdh-compute-key
    EVP_PKEY_derive(NULL, out, &outlen);
    return n;
}
