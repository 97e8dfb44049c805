#include <oqs/oqs.h>

static const char *KEM_NAME = "Kyber768";

OQS_KEM *kems(const char *method) {
    // ruleid: c-liboqs-kem-new -> ML-KEM-768 function=encapsulate
    OQS_KEM *kem = OQS_KEM_new(OQS_KEM_alg_ml_kem_768);
    // ruleid: c-liboqs-kem-new -> ML-KEM-1024
    OQS_KEM *big = OQS_KEM_new("ML-KEM-1024");
    // ruleid: c-liboqs-kem-new -> Kyber768
    OQS_KEM *old = OQS_KEM_new(KEM_NAME);
    // ruleid: c-liboqs-kem-new -> HQC-128
    OQS_KEM *hqc = OQS_KEM_new(OQS_KEM_alg_hqc_128);
    // ruleid: c-liboqs-kem-new -> unknown unresolved=algorithm
    OQS_KEM *any = OQS_KEM_new(method);
    // ok: c-liboqs-kem-new
    OQS_KEM_keypair(kem, NULL, NULL);
    // ok: c-liboqs-kem-new
    OQS_SIG *sig = OQS_SIG_new(OQS_SIG_alg_ml_dsa_65);
    return kem;
}
