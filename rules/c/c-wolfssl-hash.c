#include <wolfssl/wolfcrypt/sha256.h>
#include <wolfssl/wolfcrypt/md5.h>

int digests(const byte *data, word32 len, byte *out) {
    wc_Sha256 sha256;
    wc_Sha sha;
    wc_Md5 md5;
    // ruleid: c-wolfssl-hash -> SHA-256 function=digest
    int ret = wc_InitSha256(&sha256);
    // ok: c-wolfssl-hash
    wc_Sha256Update(&sha256, data, len);
    // ok: c-wolfssl-hash
    wc_Sha256Final(&sha256, out);
    // ruleid: c-wolfssl-hash -> SHA-1
    ret = wc_InitSha(&sha);
    // ruleid: c-wolfssl-hash -> MD5
    ret = wc_InitMd5(&md5);
    // ruleid: c-wolfssl-hash -> MD5
    ret = wc_Md5Hash(data, len, out);
    // ruleid: c-wolfssl-hash -> SHA-1
    ret = wc_ShaHash(data, len, out);
    // ruleid: c-wolfssl-hash -> SHA-512
    ret = wc_Sha512Hash(data, len, out);
    // ruleid: c-wolfssl-hash -> SHA3-256
    ret = wc_InitSha3_256(NULL, NULL, INVALID_DEVID);
    // ruleid: c-wolfssl-hash -> SHA-256
    ret = wc_InitSha256_ex(&sha256, NULL, INVALID_DEVID);
    // ok: c-wolfssl-hash
    wc_Sha256Free(&sha256);
    return ret;
}
