use fastrand::Rng;

fn token() -> String {
    // ruleid: rust-fastrand-random -> Non-cryptographic-PRNG function=generate note=predictable
    let n = fastrand::u64(..);
    // ruleid: rust-fastrand-random -> Non-cryptographic-PRNG
    let s: String = std::iter::repeat_with(fastrand::alphanumeric).take(32).collect();
    let mut buf = [0u8; 16];
    // ruleid: rust-fastrand-random -> Non-cryptographic-PRNG
    fastrand::fill(&mut buf);
    // ruleid: rust-fastrand-random -> Non-cryptographic-PRNG
    let mut rng = Rng::with_seed(7);
    // ruleid: rust-fastrand-random -> Non-cryptographic-PRNG
    let mut r2 = fastrand::Rng::new();
    // ok: rust-fastrand-random
    let x = rng.u32(..);
    // ok: rust-fastrand-random
    let secure: u64 = rand::random();
    s
}
