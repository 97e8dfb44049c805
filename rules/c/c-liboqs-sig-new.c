#include <oqs/oqs.h>

OQS_SIG *sigs(void) {
    // ruleid: c-liboqs-sig-new -> ML-DSA-65 function=sign
    OQS_SIG *sig = OQS_SIG_new(OQS_SIG_alg_ml_dsa_65);
    // ruleid: c-liboqs-sig-new -> Falcon-512
    OQS_SIG *falcon = OQS_SIG_new(OQS_SIG_alg_falcon_512);
    // ruleid: c-liboqs-sig-new -> SLH-DSA-SHA2-128f
    OQS_SIG *slh = OQS_SIG_new("SLH-DSA-SHA2-128f");
    // ok: c-liboqs-sig-new
    OQS_SIG_free(sig);
    return falcon;
}
