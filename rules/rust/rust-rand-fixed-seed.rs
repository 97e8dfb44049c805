use rand::rngs::{SmallRng, StdRng};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha20Rng;

const SEED: u64 = 0xDEADBEEF;

fn keys(seed_from_config: u64) -> [u8; 32] {
    // ruleid: rust-rand-fixed-seed -> Non-cryptographic-PRNG function=generate note=seeded_with_a_constant
    let mut rng = StdRng::seed_from_u64(42);
    let mut key = [0u8; 32];
    rng.fill(&mut key);
    // ruleid: rust-rand-fixed-seed -> Non-cryptographic-PRNG
    let mut chacha = ChaCha20Rng::from_seed([7u8; 32]);
    // ruleid: rust-rand-fixed-seed -> Non-cryptographic-PRNG
    let mut c2 = rand_chacha::ChaCha8Rng::seed_from_u64(SEED);
    // ruleid: rust-rand-fixed-seed -> Non-cryptographic-PRNG
    let mut bytes = StdRng::from_seed(*b"0123456789abcdef0123456789abcdef");
    // ok: rust-rand-fixed-seed
    let mut from_config = StdRng::seed_from_u64(seed_from_config);
    // ok: rust-rand-fixed-seed
    let mut entropy = StdRng::from_entropy();
    // ok: rust-rand-fixed-seed
    let mut small = SmallRng::seed_from_u64(1);
    key
}
