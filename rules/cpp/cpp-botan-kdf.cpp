#include <botan/pwdhash.h>
#include <botan/kdf.h>

void kdfs(const std::string &algo) {
    // ruleid: cpp-botan-kdf -> PBKDF2-SHA-256 function=keyderive
    auto pbkdf2 = Botan::PasswordHashFamily::create("PBKDF2(SHA-256)");
    // ruleid: cpp-botan-kdf -> Argon2id
    auto argon = Botan::PasswordHashFamily::create_or_throw("Argon2id");
    // ruleid: cpp-botan-kdf -> scrypt
    auto scrypt = Botan::PasswordHashFamily::create("Scrypt");
    // ruleid: cpp-botan-kdf -> HKDF-SHA-256
    auto hkdf = Botan::KDF::create("HKDF(SHA-256)");
    // ruleid: cpp-botan-kdf -> unknown unresolved=algorithm
    auto any = Botan::KDF::create(algo);
    // ok: cpp-botan-kdf
    auto ph = pbkdf2->from_iterations(100000);
}
