#include <wolfssl/wolfcrypt/ed25519.h>
#include <wolfssl/wolfcrypt/curve25519.h>

int keys(WC_RNG *rng, ed25519_key *ed, curve25519_key *x) {
    // ruleid: c-wolfssl-keygen -> Ed25519 function=keygen
    int ret = wc_ed25519_make_key(rng, ED25519_KEY_SIZE, ed);
    // ruleid: c-wolfssl-keygen -> X25519
    ret = wc_curve25519_make_key(rng, CURVE25519_KEYSIZE, x);
    // ok: c-wolfssl-keygen
    ret = wc_ed25519_init(ed);
    return ret;
}
