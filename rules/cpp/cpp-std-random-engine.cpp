#include <random>
#include <memory>
#include <boost/random.hpp>

using Engine = std::mt19937_64;

class TokenMaker {
    // ruleid: cpp-std-random-engine -> MT19937 function=generate note=non-cryptographic
    std::mt19937 rng_{std::random_device{}()};
    // ruleid: cpp-std-random-engine -> Non-cryptographic-PRNG
    std::default_random_engine engine_;
    // ok: cpp-std-random-engine
    std::mt19937 *shared_;
};

std::string token(std::size_t n, unsigned seed) {
    std::random_device rd;
    // ruleid: cpp-std-random-engine -> MT19937
    std::mt19937 gen(rd());
    // ruleid: cpp-std-random-engine -> MT19937
    std::mt19937_64 gen64(seed);
    // ruleid: cpp-std-random-engine -> MT19937
    static thread_local std::mt19937 tl{seed};
    // ruleid: cpp-std-random-engine -> Non-cryptographic-PRNG
    auto lcg = std::minstd_rand(42);
    // ruleid: cpp-std-random-engine -> Non-cryptographic-PRNG
    std::default_random_engine e;
    // ruleid: cpp-std-random-engine -> MT19937
    auto owned = std::make_unique<std::mt19937>(seed);
    // ruleid: cpp-std-random-engine -> MT19937
    auto raw = new std::mt19937(seed);
    // ruleid: cpp-std-random-engine -> MT19937
    boost::random::mt19937 bgen(seed);
    // ruleid: cpp-std-random-engine -> MT19937
    Engine aliased(seed);
    std::vector<int> v(n);
    // ruleid: cpp-std-random-engine -> MT19937
    std::shuffle(v.begin(), v.end(), std::mt19937{seed});
    std::uniform_int_distribution<int> dist(0, 255);
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        // ok: cpp-std-random-engine
        out.push_back(static_cast<char>(dist(gen)));
    // ok: cpp-std-random-engine
    std::random_device secure;
    // ok: cpp-std-random-engine
    use_engine(gen);
    return out;
}

// ok: cpp-std-random-engine
void consume(std::mt19937 &g);
