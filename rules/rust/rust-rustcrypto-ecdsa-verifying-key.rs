use p256::ecdsa::{signature::Signer, Signature, SigningKey, VerifyingKey};
use k256::ecdsa::SigningKey as BtcKey;
use p384::pkcs8::DecodePrivateKey;

fn load(secret: &[u8], pem: &str, sec1: &[u8]) {
    // ruleid: rust-rustcrypto-ecdsa-signing-key -> ECDSA-P-256 function=sign
    let signing_key = SigningKey::from_slice(secret).unwrap();
    let sig: Signature = signing_key.sign(b"message");
    // ruleid: rust-rustcrypto-ecdsa-verifying-key -> ECDSA-P-256 function=verify
    let verifying_key = VerifyingKey::from_sec1_bytes(sec1).unwrap();
    // ruleid: rust-rustcrypto-ecdsa-signing-key -> ECDSA-secp256k1
    let btc = BtcKey::from_bytes(secret.into()).unwrap();
    // ruleid: rust-rustcrypto-ecdsa-signing-key -> ECDSA-P-384
    let p384 = p384::ecdsa::SigningKey::from_pkcs8_pem(pem).unwrap();
    // ruleid: rust-rustcrypto-ecdsa-verifying-key -> ECDSA-P-521
    let vk = p521::ecdsa::VerifyingKey::from_public_key_pem(pem).unwrap();
    // ok: rust-rustcrypto-ecdsa-signing-key
    // ok: rust-rustcrypto-ecdsa-verifying-key
    let ed = ed25519_dalek::SigningKey::from_bytes(&bytes);
    // ok: rust-rustcrypto-ecdsa-signing-key
    let gen = SigningKey::random(&mut rand_core::OsRng);
}
