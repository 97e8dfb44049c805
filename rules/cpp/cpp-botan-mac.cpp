#include <botan/mac.h>

void macs() {
    // ruleid: cpp-botan-mac -> HMAC-SHA-256 function=tag
    auto hmac = Botan::MessageAuthenticationCode::create("HMAC(SHA-256)");
    // ruleid: cpp-botan-mac -> HMAC-SHA-1
    auto legacy = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-1)");
    // ruleid: cpp-botan-mac -> Poly1305
    auto poly = Botan::MessageAuthenticationCode::create("Poly1305");
    // ok: cpp-botan-mac
    hmac->set_key(nullptr, 0);
}
