use ring::signature::{self, UnparsedPublicKey, ED25519};

fn verify(public_key: &[u8], msg: &[u8], sig: &[u8]) -> bool {
    // ruleid: rust-ring-signature-verify -> ECDSA-P-256 function=verify
    let ec = UnparsedPublicKey::new(&signature::ECDSA_P256_SHA256_ASN1, public_key);
    // ruleid: rust-ring-signature-verify -> RSA-PKCS1-1.5-SHA-256
    let rsa = UnparsedPublicKey::new(&signature::RSA_PKCS1_2048_8192_SHA256, public_key);
    // ruleid: rust-ring-signature-verify -> RSA-PKCS1-1.5-SHA-1
    let legacy = UnparsedPublicKey::new(&signature::RSA_PKCS1_2048_8192_SHA1_FOR_LEGACY_USE_ONLY, public_key);
    // ruleid: rust-ring-signature-verify -> RSA-PSS-SHA-384
    let pss = UnparsedPublicKey::new(&signature::RSA_PSS_2048_8192_SHA384, public_key);
    // ruleid: rust-ring-signature-verify -> Ed25519
    let ed = UnparsedPublicKey::new(&ED25519, public_key);
    // ruleid: rust-ring-signature-verify -> ECDSA-P-384
    let p384 = signature::UnparsedPublicKey::new(&signature::ECDSA_P384_SHA384_FIXED, public_key);
    // ok: rust-ring-signature-verify
    let signing = signature::EcdsaKeyPair::generate_pkcs8(&signature::ECDSA_P256_SHA256_ASN1_SIGNING, &rng);
    ed.verify(msg, sig).is_ok()
}
