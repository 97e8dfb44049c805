use rand::rngs::{OsRng, SmallRng, StdRng};
use rand::{thread_rng, Rng, RngCore, SeedableRng};
use rand_pcg::Pcg64;
use rand_xoshiro::Xoshiro256PlusPlus;

fn tokens() -> u64 {
    // ruleid: rust-rand-non-crypto-rng -> Non-cryptographic-PRNG function=generate note=predictable
    let mut small = SmallRng::from_entropy();
    let token: u64 = small.gen();
    // ruleid: rust-rand-non-crypto-rng -> Non-cryptographic-PRNG
    let mut seeded = rand::rngs::SmallRng::seed_from_u64(42);
    // ruleid: rust-rand-non-crypto-rng -> Non-cryptographic-PRNG
    let mut pcg = Pcg64::from_rng(thread_rng()).unwrap();
    // ruleid: rust-rand-non-crypto-rng -> Non-cryptographic-PRNG
    let mut xo = Xoshiro256PlusPlus::from_seed(seed_bytes);
    // ruleid: rust-rand-non-crypto-rng -> Non-cryptographic-PRNG
    let mut xs = rand_xorshift::XorShiftRng::from_os_rng();
    // ruleid: rust-rand-non-crypto-rng -> Non-cryptographic-PRNG
    let mut wy = nanorand::WyRand::new();
    // ok: rust-rand-non-crypto-rng
    let mut csprng = thread_rng();
    // ok: rust-rand-non-crypto-rng
    let mut std = StdRng::from_entropy();
    // ok: rust-rand-non-crypto-rng
    let mut os = OsRng;
    // ok: rust-rand-non-crypto-rng
    let key: [u8; 32] = rand::random();
    token
}
