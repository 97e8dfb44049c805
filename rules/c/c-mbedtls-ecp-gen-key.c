#include <mbedtls/ecp.h>

int gen(mbedtls_ecp_keypair *key) {
    // ruleid: c-mbedtls-ecp-gen-key -> ECDSA-secp256k1 function=keygen
    int ret = mbedtls_ecp_gen_key(MBEDTLS_ECP_DP_SECP256K1, key, mbedtls_ctr_drbg_random, NULL);
    // ruleid: c-mbedtls-ecp-gen-key -> X448
    ret = mbedtls_ecp_gen_key(MBEDTLS_ECP_DP_CURVE448, key, mbedtls_ctr_drbg_random, NULL);
    // ok: c-mbedtls-ecp-gen-key
    ret = mbedtls_ecp_gen_keypair(&key->private_grp, &key->private_d, &key->private_Q, NULL, NULL);
    return ret;
}
