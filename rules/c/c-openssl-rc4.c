#include <openssl/rc4.h>

void rc4(const unsigned char *key, const unsigned char *in, unsigned char *out, size_t n) {
    RC4_KEY k;
    // ruleid: c-openssl-rc4 -> RC4 function=encrypt
    RC4_set_key(&k, 16, key);
    // ruleid: c-openssl-rc4 -> RC4
    RC4(&k, n, in, out);
    // ok: c-openssl-rc4
    const char *name = RC4_options();
    // ok: c-openssl-rc4
    const EVP_CIPHER *c = EVP_aes_128_gcm();
}
