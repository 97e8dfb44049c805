#include <openssl/ec.h>
#include <openssl/obj_mac.h>

#define CURVE NID_secp521r1

EC_KEY *make(int nid) {
    // ruleid: c-openssl-ec-key-curve -> ECDSA-P-384 curve=P-384 function=keygen
    EC_KEY *key = EC_KEY_new_by_curve_name(NID_secp384r1);
    // ruleid: c-openssl-ec-key-curve -> ECDSA-P-256
    EC_GROUP *group = EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1);
    // ruleid: c-openssl-ec-key-curve -> ECDSA-secp256k1
    EC_KEY *btc = EC_KEY_new_by_curve_name(NID_secp256k1);
    // ruleid: c-openssl-ec-key-curve -> ECDSA-P-521
    EC_KEY *big = EC_KEY_new_by_curve_name(CURVE);
    // ruleid: c-openssl-ec-key-curve -> ECDSA-brainpoolP256r1
    EC_KEY *bp = EC_KEY_new_by_curve_name(NID_brainpoolP256r1);
    // ruleid: c-openssl-ec-key-curve -> ECDSA unresolved=curve
    EC_KEY *any = EC_KEY_new_by_curve_name(nid);
    // ok: c-openssl-ec-key-curve
    EC_KEY_generate_key(key);
    // ok: c-openssl-ec-key-curve
    int n = EC_GROUP_get_curve_name(group);
    return key;
}
