use oorandom::Rand32;

fn nonce(seed: u64) -> u32 {
    // ruleid: rust-oorandom-rand -> Non-cryptographic-PRNG function=generate note=predictable
    let mut rng = Rand32::new(seed);
    // ruleid: rust-oorandom-rand -> Non-cryptographic-PRNG
    let mut r64 = oorandom::Rand64::new(seed as u128);
    // ok: rust-oorandom-rand
    let x = rng.rand_u32();
    // ok: rust-oorandom-rand
    let other = my_rand::Rand32::new(seed);
    x
}
