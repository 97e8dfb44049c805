#include <botan/ml_kem.h>
#include <botan/ml_dsa.h>

void keys(Botan::RandomNumberGenerator &rng, Botan::ML_KEM_Mode mode) {
    // ruleid: cpp-botan-pq-private-key -> ML-KEM-768 function=keygen
    Botan::ML_KEM_PrivateKey kem(rng, Botan::ML_KEM_Mode::ML_KEM_768);
    // ruleid: cpp-botan-pq-private-key -> ML-KEM-1024
    auto big = std::make_unique<Botan::ML_KEM_PrivateKey>(rng, Botan::ML_KEM_Mode::ML_KEM_1024);
    // ruleid: cpp-botan-pq-private-key -> ML-DSA-65
    Botan::ML_DSA_PrivateKey sig(rng, Botan::ML_DSA_Mode::ML_DSA_6x5);
    // ruleid: cpp-botan-pq-private-key -> Kyber768
    Botan::Kyber_PrivateKey old(rng, Botan::KyberMode::Kyber768_R3);
    // ruleid: cpp-botan-pq-private-key -> ML-KEM
    Botan::ML_KEM_PrivateKey any(rng, mode);
    // ok: cpp-botan-pq-private-key
    Botan::ML_KEM_PublicKey pub = kem;
}
