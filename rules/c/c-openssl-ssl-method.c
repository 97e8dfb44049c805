#include <openssl/ssl.h>

SSL_CTX *make(int legacy) {
    if (legacy)
        // ruleid: c-openssl-ssl-method -> TLS-1.0 function=other
        return SSL_CTX_new(TLSv1_method());
    // ruleid: c-openssl-ssl-method -> SSL-3.0
    SSL_CTX *old = SSL_CTX_new(SSLv3_client_method());
    // ruleid: c-openssl-ssl-method -> TLS-1.2
    const SSL_METHOD *m = TLSv1_2_server_method();
    // ruleid: c-openssl-ssl-method -> TLS-1.1
    SSL_CTX *ctx11 = SSL_CTX_new(TLSv1_1_client_method());
    // ruleid: c-openssl-ssl-method -> DTLS-1.2
    SSL_CTX *dtls = SSL_CTX_new(DTLSv1_2_method());
    // ok: c-openssl-ssl-method
    SSL_CTX *flexible = SSL_CTX_new(TLS_method());
    // ok: c-openssl-ssl-method
    SSL_CTX *compat = SSL_CTX_new(SSLv23_client_method());
    return flexible;
}
