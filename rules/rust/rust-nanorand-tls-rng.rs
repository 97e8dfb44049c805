use nanorand::{tls_rng, Rng};

fn pick() -> u64 {
    // ruleid: rust-nanorand-tls-rng -> Non-cryptographic-PRNG function=generate
    let mut rng = tls_rng();
    // ruleid: rust-nanorand-tls-rng -> Non-cryptographic-PRNG
    let n: u64 = nanorand::tls_rng().generate();
    // ok: rust-nanorand-tls-rng
    let secure = rand::thread_rng();
    n
}
