#include <botan/hash.h>

void hashes(const std::string &name) {
    // ruleid: cpp-botan-hash -> SHA-256 function=digest
    auto sha = Botan::HashFunction::create("SHA-256");
    // ruleid: cpp-botan-hash -> SHA-1
    std::unique_ptr<Botan::HashFunction> sha1(Botan::HashFunction::create_or_throw("SHA-1"));
    // ruleid: cpp-botan-hash -> SHA3-256
    auto sha3 = Botan::HashFunction::create("SHA-3(256)");
    // ruleid: cpp-botan-hash -> BLAKE2b-256
    auto b2 = Botan::HashFunction::create("BLAKE2b(256)");
    // ruleid: cpp-botan-hash -> unknown unresolved=algorithm
    auto any = Botan::HashFunction::create(name);
    // ok: cpp-botan-hash
    sha->update("abc");
}
