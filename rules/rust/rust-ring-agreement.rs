use ring::{agreement, rand};
use ring::agreement::{EphemeralPrivateKey, UnparsedPublicKey, ECDH_P384};

fn agree(peer: &[u8]) -> Result<(), ring::error::Unspecified> {
    let rng = rand::SystemRandom::new();
    // ruleid: rust-ring-agreement -> X25519 function=keyderive
    let my_private_key = agreement::EphemeralPrivateKey::generate(&agreement::X25519, &rng)?;
    let my_public_key = my_private_key.compute_public_key()?;
    // ruleid: rust-ring-agreement -> ECDH-P-256
    let peer_public_key = agreement::UnparsedPublicKey::new(&agreement::ECDH_P256, peer);
    // ruleid: rust-ring-agreement -> ECDH-P-384
    let p384 = EphemeralPrivateKey::generate(&ECDH_P384, &rng)?;
    // ok: rust-ring-agreement
    let kx = rustls::crypto::ring::kx_group::X25519;
    agreement::agree_ephemeral(my_private_key, &peer_public_key, |key_material| ())
}
