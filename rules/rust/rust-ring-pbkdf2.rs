use ring::{digest, pbkdf2};
use std::num::NonZeroU32;

static PBKDF2_ALG: pbkdf2::Algorithm = pbkdf2::PBKDF2_HMAC_SHA256;
const CREDENTIAL_LEN: usize = digest::SHA256_OUTPUT_LEN;
const ITERATIONS: u32 = 600_000;

fn store(password: &str, salt: &[u8], rounds: NonZeroU32) -> [u8; CREDENTIAL_LEN] {
    let mut to_store = [0u8; CREDENTIAL_LEN];
    let pbkdf2_iterations = NonZeroU32::new(100_000).unwrap();
    // ruleid: rust-ring-pbkdf2 -> PBKDF2-SHA-256 function=keyderive note=100000_iterations
    pbkdf2::derive(PBKDF2_ALG, pbkdf2_iterations, salt, password.as_bytes(), &mut to_store);
    // ruleid: rust-ring-pbkdf2 -> PBKDF2-SHA-512 note=600000_iterations
    pbkdf2::derive(pbkdf2::PBKDF2_HMAC_SHA512, NonZeroU32::new(ITERATIONS).expect("non-zero"), salt, b"pw", &mut to_store);
    // ruleid: rust-ring-pbkdf2 -> PBKDF2-SHA-1 unresolved=iterations
    ring::pbkdf2::derive(ring::pbkdf2::PBKDF2_HMAC_SHA1, rounds, salt, b"pw", &mut to_store);
    // ruleid: rust-ring-pbkdf2 -> PBKDF2-SHA-256 note=100000_iterations
    let ok = pbkdf2::verify(PBKDF2_ALG, pbkdf2_iterations, salt, b"attempt", &to_store).is_ok();
    // ok: rust-ring-pbkdf2
    let key = hkdf_derive(salt, password);
    to_store
}
