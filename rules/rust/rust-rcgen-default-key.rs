use rcgen::{generate_simple_self_signed, CertificateParams, KeyPair, PKCS_ECDSA_P384_SHA384};

fn certs() -> Result<(), rcgen::Error> {
    // ruleid: rust-rcgen-default-key -> ECDSA-P-256 function=keygen
    let cert = generate_simple_self_signed(vec!["localhost".to_string()])?;
    // ruleid: rust-rcgen-default-key -> ECDSA-P-256
    let key_pair = KeyPair::generate()?;
    // ruleid: rust-rcgen-algorithm -> Ed25519 function=keygen
    let ed = KeyPair::generate_for(&rcgen::PKCS_ED25519)?;
    // ruleid: rust-rcgen-algorithm -> ECDSA-P-384
    let p384 = KeyPair::generate_for(&PKCS_ECDSA_P384_SHA384)?;
    let mut params = CertificateParams::new(vec!["example.com".into()])?;
    // ruleid: rust-rcgen-algorithm -> RSA-PKCS1-1.5-SHA-256
    let rsa = KeyPair::from_pem_and_sign_algo(pem, &rcgen::PKCS_RSA_SHA256)?;
    // ok: rust-rcgen-algorithm
    // ok: rust-rcgen-default-key
    let cert = params.self_signed(&key_pair)?;
    Ok(())
}
