#include <wolfssl/wolfcrypt/ed25519.h>
#include <wolfssl/wolfcrypt/ecc.h>
#include <wolfssl/wolfcrypt/rsa.h>

int sign(const byte *msg, word32 len, byte *sig, word32 *sigLen, ed25519_key *ed, ecc_key *ec, RsaKey *rsa, WC_RNG *rng) {
    // ruleid: c-wolfssl-sign -> Ed25519 function=sign
    int ret = wc_ed25519_sign_msg(msg, len, sig, sigLen, ed);
    // ruleid: c-wolfssl-sign -> ECDSA
    ret = wc_ecc_sign_hash(msg, len, sig, sigLen, rng, ec);
    // ruleid: c-wolfssl-sign -> RSA-PKCS1-1.5
    ret = wc_RsaSSL_Sign(msg, len, sig, *sigLen, rsa, rng);
    // ruleid: c-wolfssl-sign -> RSA-PSS
    ret = wc_RsaPSS_Sign(msg, len, sig, *sigLen, WC_HASH_TYPE_SHA256, WC_MGF1SHA256, rsa, rng);
    // ok: c-wolfssl-sign
    ret = wc_ed25519_verify_msg(sig, *sigLen, msg, len, &ret, ed);
    return ret;
}
