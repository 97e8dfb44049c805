#include <openssl/md5.h>
#include <openssl/sha.h>

void digests(const unsigned char *d, size_t n, unsigned char *out) {
    MD5_CTX m;
    SHA_CTX s;
    SHA256_CTX s256;
    SHA512_CTX s512;
    // ruleid: c-openssl-legacy-digest -> MD5 function=digest
    MD5(d, n, out);
    // ruleid: c-openssl-legacy-digest -> MD5
    MD5_Init(&m);
    // ok: c-openssl-legacy-digest
    MD5_Update(&m, d, n);
    // ok: c-openssl-legacy-digest
    MD5_Final(out, &m);
    // ruleid: c-openssl-legacy-digest -> SHA-1
    SHA1(d, n, out);
    // ruleid: c-openssl-legacy-digest -> SHA-1
    if (!SHA1_Init(&s)) return;
    // ruleid: c-openssl-legacy-digest -> SHA-256
    SHA256_Init(&s256);
    // ruleid: c-openssl-legacy-digest -> SHA-256
    unsigned char *h = SHA256(d, n, NULL);
    // ruleid: c-openssl-legacy-digest -> SHA-512
    SHA512_Init(&s512);
    // ruleid: c-openssl-legacy-digest -> SHA-384
    SHA384(d, n, out);
    // ruleid: c-openssl-legacy-digest -> MD4
    MD4(d, n, out);
    // ruleid: c-openssl-legacy-digest -> RIPEMD-160
    RIPEMD160(d, n, out);
    // ok: c-openssl-legacy-digest
    SHA256_Update(&s256, d, n);
    // ok: c-openssl-legacy-digest
    const EVP_MD *md = EVP_md5();
    // ok: c-openssl-legacy-digest
    my_MD5_helper(d, n);
}
