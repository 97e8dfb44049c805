#include <mbedtls/ecdh.h>

int agree(mbedtls_ecdh_context *ctx) {
    // ruleid: c-mbedtls-ecdh-setup -> ECDH-P-256 function=keyderive
    int ret = mbedtls_ecdh_setup(ctx, MBEDTLS_ECP_DP_SECP256R1);
    // ruleid: c-mbedtls-ecdh-setup -> X25519
    ret = mbedtls_ecdh_setup(ctx, MBEDTLS_ECP_DP_CURVE25519);
    // ok: c-mbedtls-ecdh-setup
    mbedtls_ecdh_init(ctx);
    return ret;
}
