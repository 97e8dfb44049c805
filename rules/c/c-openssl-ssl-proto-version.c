#include <openssl/ssl.h>

void bounds(SSL_CTX *ctx, SSL *ssl, int configured) {
    // ruleid: c-openssl-ssl-proto-version -> TLS-1.2 function=other
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    // ruleid: c-openssl-ssl-proto-version -> TLS-1.0
    SSL_set_min_proto_version(ssl, TLS1_VERSION);
    // ruleid: c-openssl-ssl-proto-version -> TLS-1.3
    if (!SSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION))
        return;
    // ruleid: c-openssl-ssl-proto-version -> unknown unresolved=algorithm
    SSL_CTX_set_min_proto_version(ctx, configured);
    // ok: c-openssl-ssl-proto-version
    SSL_CTX_set_max_proto_version(ctx, TLS1_3_VERSION);
}
