#include <wolfssl/wolfcrypt/hmac.h>

int mac(Hmac *hmac, const byte *key, word32 keySz, int type) {
    // ruleid: c-wolfssl-hmac-setkey -> HMAC-SHA-256 function=tag
    int ret = wc_HmacSetKey(hmac, WC_SHA256, key, keySz);
    // ruleid: c-wolfssl-hmac-setkey -> HMAC-SHA-1
    ret = wc_HmacSetKey(hmac, WC_SHA, key, keySz);
    // ruleid: c-wolfssl-hmac-setkey -> HMAC-MD5
    ret = wc_HmacSetKey(hmac, WC_MD5, key, keySz);
    // ruleid: c-wolfssl-hmac-setkey -> HMAC unresolved=hash
    ret = wc_HmacSetKey(hmac, type, key, keySz);
    // ok: c-wolfssl-hmac-setkey
    ret = wc_HmacUpdate(hmac, key, keySz);
    return ret;
}
