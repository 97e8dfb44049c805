#include <openssl/rsa.h>
#include <openssl/dsa.h>
#include <openssl/dh.h>

#define MODULUS_BITS 2048
enum { DSA_BITS = 1024 };

RSA *make_rsa(int bits) {
    RSA *rsa = RSA_new();
    BIGNUM *e = BN_new();
    BN_set_word(e, RSA_F4);
    // ruleid: c-openssl-rsa-generate-key-ex -> RSA-2048 function=keygen
    if (!RSA_generate_key_ex(rsa, 2048, e, NULL))
        return NULL;
    // ruleid: c-openssl-rsa-generate-key-ex -> RSA-1024
    RSA_generate_key_ex(rsa, 1024, e, NULL);
    // ruleid: c-openssl-rsa-generate-key-ex
    RSA_generate_key_ex(rsa, MODULUS_BITS, e, NULL);
    // ruleid: c-openssl-rsa-generate-key-ex -> RSA unresolved=size
    RSA_generate_key_ex(rsa, bits, e, NULL);
    // ruleid: c-openssl-rsa-generate-key-ex -> RSA-4096
    RSA_generate_multi_prime_key(rsa, 4096, 3, e, NULL);
    // ok: c-openssl-rsa-generate-key-ex
    RSA *old = RSA_generate_key(2048, RSA_F4, NULL, NULL);
    return rsa;
}

DSA *make_dsa(void) {
    DSA *dsa = DSA_new();
    // ruleid: c-openssl-rsa-generate-key-ex -> DSA-1024
    DSA_generate_parameters_ex(dsa, DSA_BITS, NULL, 0, NULL, NULL, NULL);
    DSA_generate_key(dsa);
    return dsa;
}

DH *make_dh(void) {
    DH *dh = DH_new();
    // ruleid: c-openssl-rsa-generate-key-ex -> FFDH-2048
    DH_generate_parameters_ex(dh, 2048, DH_GENERATOR_2, NULL);
    // ok: c-openssl-rsa-generate-key-ex
    DH_generate_key(dh);
    return dh;
}
