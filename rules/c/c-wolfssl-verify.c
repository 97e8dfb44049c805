#include <wolfssl/wolfcrypt/ed25519.h>
#include <wolfssl/wolfcrypt/ecc.h>

int verify(const byte *sig, word32 sigLen, const byte *msg, word32 len, ed25519_key *ed, ecc_key *ec, RsaKey *rsa, byte *out) {
    int ok = 0;
    // ruleid: c-wolfssl-verify -> Ed25519 function=verify
    int ret = wc_ed25519_verify_msg(sig, sigLen, msg, len, &ok, ed);
    // ruleid: c-wolfssl-verify -> ECDSA
    ret = wc_ecc_verify_hash(sig, sigLen, msg, len, &ok, ec);
    // ruleid: c-wolfssl-verify -> RSA-PKCS1-1.5
    ret = wc_RsaSSL_Verify(sig, sigLen, out, 256, rsa);
    // ok: c-wolfssl-verify
    ret = wc_ed25519_sign_msg(msg, len, out, &sigLen, ed);
    return ret;
}
