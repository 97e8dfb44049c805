use ring::{rand, signature::{self, Ed25519KeyPair, KeyPair}};

fn ed(msg: &[u8]) -> Result<(), ring::error::Unspecified> {
    let rng = rand::SystemRandom::new();
    // ruleid: rust-ring-ed25519 -> Ed25519 function=keygen
    let pkcs8_bytes = Ed25519KeyPair::generate_pkcs8(&rng)?;
    // ruleid: rust-ring-ed25519-key -> Ed25519 function=sign
    let key_pair = Ed25519KeyPair::from_pkcs8(pkcs8_bytes.as_ref())?;
    let sig = key_pair.sign(msg);
    // ruleid: rust-ring-ed25519 -> Ed25519
    let doc = ring::signature::Ed25519KeyPair::generate_pkcs8(&rng)?;
    // ruleid: rust-ring-ed25519-key -> Ed25519
    let seeded = signature::Ed25519KeyPair::from_seed_unchecked(&seed)?;
    // ok: rust-ring-ed25519
    // ok: rust-ring-ed25519-key
    let ec = signature::EcdsaKeyPair::from_pkcs8(&signature::ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8_bytes.as_ref(), &rng)?;
    Ok(())
}
