#include <wolfssl/wolfcrypt/ecc.h>

static const int KEY_SIZE = 48;

int gen(WC_RNG *rng, ecc_key *key, int size) {
    // ruleid: c-wolfssl-ecc-make-key -> ECDSA-P-256 curve=P-256 function=keygen
    int ret = wc_ecc_make_key(rng, 32, key);
    // ruleid: c-wolfssl-ecc-make-key -> ECDSA-P-384
    ret = wc_ecc_make_key(rng, KEY_SIZE, key);
    // ruleid: c-wolfssl-ecc-make-key -> ECDSA unresolved=curve
    ret = wc_ecc_make_key(rng, size, key);
    // ok: c-wolfssl-ecc-make-key
    ret = wc_ecc_init(key);
    return ret;
}
