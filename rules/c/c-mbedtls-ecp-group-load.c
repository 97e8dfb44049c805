#include <mbedtls/ecp.h>
#include <mbedtls/ecdsa.h>

#define GROUP MBEDTLS_ECP_DP_SECP521R1

int groups(mbedtls_ecp_group *grp, mbedtls_ecdsa_context *ecdsa, mbedtls_ecp_group_id id) {
    // ruleid: c-mbedtls-ecp-group-load -> ECDSA-P-256 curve=P-256 function=keygen
    mbedtls_ecp_group_load(grp, MBEDTLS_ECP_DP_SECP256R1);
    // ruleid: c-mbedtls-ecp-group-load -> ECDSA-P-521
    mbedtls_ecp_group_load(grp, GROUP);
    // ruleid: c-mbedtls-ecp-group-load -> ECDSA-brainpoolP384r1
    mbedtls_ecp_group_load(grp, MBEDTLS_ECP_DP_BP384R1);
    // ruleid: c-mbedtls-ecp-group-load -> X25519
    mbedtls_ecp_group_load(grp, MBEDTLS_ECP_DP_CURVE25519);
    // ruleid: c-mbedtls-ecp-group-load -> ECDSA-P-384
    mbedtls_ecdsa_genkey(ecdsa, MBEDTLS_ECP_DP_SECP384R1, mbedtls_ctr_drbg_random, NULL);
    // ruleid: c-mbedtls-ecp-group-load -> ECDSA unresolved=curve
    mbedtls_ecp_group_load(grp, id);
    // ok: c-mbedtls-ecp-group-load
    mbedtls_ecp_group_init(grp);
    // ok: c-mbedtls-ecp-group-load
    return mbedtls_ecp_group_copy(grp, &ecdsa->private_grp);
}
