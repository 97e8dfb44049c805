use p256::{
    ecdsa::{signature::Signer, Signature, SigningKey},
    EncodedPoint, PublicKey,
};
use p384::ecdh::EphemeralSecret;
use k256::ecdsa::SigningKey as K256SigningKey;
use rand_core::OsRng;

fn keys() {
    // ruleid: rust-rustcrypto-ecc-keygen -> ECDSA-P-256 function=keygen
    let signing_key = SigningKey::random(&mut OsRng);
    let signature: Signature = signing_key.sign(b"message");
    // ruleid: rust-rustcrypto-ecc-keygen -> ECDH-P-384
    let alice = EphemeralSecret::random(&mut OsRng);
    // ruleid: rust-rustcrypto-ecc-keygen -> ECDSA-secp256k1
    let btc = K256SigningKey::random(&mut OsRng);
    // ruleid: rust-rustcrypto-ecc-keygen -> ECDSA-P-521
    let secret = p521::SecretKey::random(&mut OsRng);
    // ruleid: rust-rustcrypto-ecc-keygen -> ECDSA-P-384
    let written = p384::ecdsa::SigningKey::random(&mut OsRng);
    // ruleid: rust-rustcrypto-ecc-keygen -> ECDH-P-256
    let bob = p256::ecdh::EphemeralSecret::random(&mut OsRng);
    // ok: rust-rustcrypto-ecc-keygen
    let x = x25519_dalek::EphemeralSecret::random_from_rng(OsRng);
    // ok: rust-rustcrypto-ecc-keygen
    let ed = ed25519_dalek::SigningKey::generate(&mut OsRng);
    // ok: rust-rustcrypto-ecc-keygen
    let loaded = SigningKey::from_slice(&bytes)?;
}
