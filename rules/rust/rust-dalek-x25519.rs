use rand_core::OsRng;
use x25519_dalek::{EphemeralSecret, PublicKey, StaticSecret};

fn agree(bob_public: PublicKey) {
    // ruleid: rust-dalek-x25519 -> X25519 function=keygen
    let alice_secret = EphemeralSecret::random_from_rng(OsRng);
    let alice_public = PublicKey::from(&alice_secret);
    let shared = alice_secret.diffie_hellman(&bob_public);
    // ruleid: rust-dalek-x25519 -> X25519
    let static_secret = StaticSecret::random_from_rng(&mut OsRng);
    // ruleid: rust-dalek-x25519 -> X25519
    let old = x25519_dalek::EphemeralSecret::new(OsRng);
    // ruleid: rust-dalek-x25519 -> X25519
    let reusable = x25519_dalek::ReusableSecret::random();
    // ok: rust-dalek-x25519
    let p256_secret = p256::ecdh::EphemeralSecret::random(&mut OsRng);
    // ok: rust-dalek-x25519
    let public = PublicKey::from([9u8; 32]);
}
