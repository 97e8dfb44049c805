use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use rand::rngs::OsRng;

fn sign(message: &[u8]) {
    let mut csprng = OsRng;
    // ruleid: rust-dalek-ed25519 -> Ed25519 function=keygen
    let signing_key: SigningKey = SigningKey::generate(&mut csprng);
    let signature: Signature = signing_key.sign(message);
    // ruleid: rust-dalek-ed25519 -> Ed25519
    let keypair = ed25519_dalek::Keypair::generate(&mut csprng);
    // ok: rust-dalek-ed25519
    let p256 = p256::ecdsa::SigningKey::random(&mut csprng);
    // ok: rust-dalek-ed25519
    let mine = crate::keys::SigningKey::generate(&mut csprng);
}
