#include <openssl/rsa.h>

static const int KEY_BITS = 512;

RSA *old_style(void) {
    // ruleid: c-openssl-rsa-generate-key -> RSA-2048 function=keygen
    RSA *rsa = RSA_generate_key(2048, RSA_F4, NULL, NULL);
    // ruleid: c-openssl-rsa-generate-key -> RSA-512
    RSA *weak = RSA_generate_key(KEY_BITS, 3, NULL, NULL);
    // ruleid: c-openssl-rsa-generate-key -> DSA-1024
    DSA *dsa = DSA_generate_parameters(1024, NULL, 0, NULL, NULL, NULL, NULL);
    // ruleid: c-openssl-rsa-generate-key -> FFDH-1024
    DH *dh = DH_generate_parameters(1024, 2, NULL, NULL);
    // ok: c-openssl-rsa-generate-key
    RSA_generate_key_ex(rsa, 2048, NULL, NULL);
    return rsa;
}
