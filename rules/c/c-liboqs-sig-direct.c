#include <oqs/oqs.h>

int direct(uint8_t *pk, uint8_t *sk, uint8_t *sig, size_t *siglen, const uint8_t *msg, size_t len) {
    // ruleid: c-liboqs-sig-direct -> ML-DSA-65 function=sign
    OQS_STATUS rc = OQS_SIG_ml_dsa_65_keypair(pk, sk);
    // ruleid: c-liboqs-sig-direct -> ML-DSA-65
    rc = OQS_SIG_ml_dsa_65_sign(sig, siglen, msg, len, sk);
    // ruleid: c-liboqs-sig-direct -> Falcon-512
    rc = OQS_SIG_falcon_512_verify(msg, len, sig, *siglen, pk);
    // ok: c-liboqs-sig-direct
    rc = OQS_SIG_sign(NULL, sig, siglen, msg, len, sk);
    return rc;
}
