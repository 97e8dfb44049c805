#include <wolfssl/wolfcrypt/ecc.h>

int gen(WC_RNG *rng, ecc_key *key, int curve_id) {
    // ruleid: c-wolfssl-ecc-make-key-ex -> ECDSA-P-256 curve=P-256 function=keygen
    int ret = wc_ecc_make_key_ex(rng, 32, key, ECC_SECP256R1);
    // ruleid: c-wolfssl-ecc-make-key-ex -> ECDSA-secp256k1
    ret = wc_ecc_make_key_ex(rng, 32, key, ECC_SECP256K1);
    // ruleid: c-wolfssl-ecc-make-key-ex -> ECDSA-brainpoolP256r1
    ret = wc_ecc_make_key_ex(rng, 32, key, ECC_BRAINPOOLP256R1);
    // ruleid: c-wolfssl-ecc-make-key-ex -> ECDSA unresolved=curve
    ret = wc_ecc_make_key_ex(rng, 32, key, curve_id);
    // ok: c-wolfssl-ecc-make-key-ex
    ret = wc_ecc_make_key(rng, 32, key);
    return ret;
}
