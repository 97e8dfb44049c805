use ring::{rand, signature};
use ring::signature::{EcdsaKeyPair, KeyPair, RsaKeyPair, ECDSA_P384_SHA384_FIXED_SIGNING};

fn sign(msg: &[u8], pkcs8: &[u8]) -> Result<(), ring::error::Unspecified> {
    let rng = rand::SystemRandom::new();
    // ruleid: rust-ring-signature-sign -> ECDSA-P-256 function=sign
    let doc = EcdsaKeyPair::generate_pkcs8(&signature::ECDSA_P256_SHA256_ASN1_SIGNING, &rng)?;
    // ruleid: rust-ring-signature-sign -> ECDSA-P-384
    let kp = EcdsaKeyPair::from_pkcs8(&ECDSA_P384_SHA384_FIXED_SIGNING, pkcs8, &rng)?;
    let rsa = RsaKeyPair::from_pkcs8(pkcs8)?;
    let mut sig = vec![0; rsa.public().modulus_len()];
    // ruleid: rust-ring-signature-sign -> RSA-PKCS1-1.5-SHA-256
    rsa.sign(&signature::RSA_PKCS1_SHA256, &rng, msg, &mut sig)?;
    // ruleid: rust-ring-signature-sign -> RSA-PSS-SHA-512
    rsa.sign(&ring::signature::RSA_PSS_SHA512, &rng, msg, &mut sig)?;
    // ok: rust-ring-signature-sign
    let pk = signature::UnparsedPublicKey::new(&signature::ECDSA_P256_SHA256_ASN1, kp.public_key());
    // ok: rust-ring-signature-sign
    let verify = signature::UnparsedPublicKey::new(&signature::RSA_PKCS1_2048_8192_SHA256, rsa.public());
    Ok(())
}
