#include <oqs/oqs.h>

int direct(uint8_t *pk, uint8_t *sk, uint8_t *ct, uint8_t *ss) {
    // ruleid: c-liboqs-kem-direct -> ML-KEM-768 function=encapsulate
    OQS_STATUS rc = OQS_KEM_ml_kem_768_keypair(pk, sk);
    // ruleid: c-liboqs-kem-direct -> ML-KEM-768
    rc = OQS_KEM_ml_kem_768_encaps(ct, ss, pk);
    // ruleid: c-liboqs-kem-direct -> Kyber512
    rc = OQS_KEM_kyber_512_decaps(ss, ct, sk);
    // ok: c-liboqs-kem-direct
    OQS_KEM *kem = OQS_KEM_new(OQS_KEM_alg_ml_kem_768);
    // ok: c-liboqs-kem-direct
    rc = OQS_KEM_keypair(kem, pk, sk);
    return rc;
}
