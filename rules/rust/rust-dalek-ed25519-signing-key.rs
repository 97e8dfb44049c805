use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};

fn load(secret: &[u8; 32], public: &[u8; 32], msg: &[u8]) {
    // ruleid: rust-dalek-ed25519-signing-key -> Ed25519 function=sign
    let signing_key = SigningKey::from_bytes(secret);
    let sig = signing_key.sign(msg);
    // ruleid: rust-dalek-ed25519-verifying-key -> Ed25519 function=verify
    let verifying_key = VerifyingKey::from_bytes(public).unwrap();
    // ruleid: rust-dalek-ed25519-signing-key -> Ed25519
    let old = ed25519_dalek::Keypair::from_bytes(&bytes).unwrap();
    // ruleid: rust-dalek-ed25519-verifying-key -> Ed25519
    let old_pk = ed25519_dalek::PublicKey::from_bytes(public).unwrap();
    // ok: rust-dalek-ed25519-signing-key
    // ok: rust-dalek-ed25519-verifying-key
    let p256 = p256::ecdsa::SigningKey::from_bytes(secret.into()).unwrap();
}
