use std::sync::Arc;
use rustls::crypto::{ring as provider, CryptoProvider};
use rustls::crypto::ring::cipher_suite::TLS13_CHACHA20_POLY1305_SHA256;
use rustls::crypto::aws_lc_rs::cipher_suite;

fn config() -> rustls::ClientConfig {
    let suites = vec![
        // ruleid: rust-rustls-cipher-suite -> AES-256-GCM function=encrypt
        provider::cipher_suite::TLS13_AES_256_GCM_SHA384,
        // ruleid: rust-rustls-cipher-suite -> ChaCha20-Poly1305
        TLS13_CHACHA20_POLY1305_SHA256,
        // ruleid: rust-rustls-cipher-suite -> AES-128-GCM
        cipher_suite::TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
    ];
    let provider = CryptoProvider {
        // ruleid: rust-rustls-cipher-suite -> AES-256-GCM
        cipher_suites: vec![rustls::crypto::ring::cipher_suite::TLS13_AES_256_GCM_SHA384],
        ..provider::default_provider()
    };
    // ruleid: rust-rustls-cipher-suite -> ChaCha20-Poly1305
    let one = cipher_suite::TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256;
    // ruleid: rust-rustls-cipher-suite -> AES-128-GCM
    let old_api = &[rustls::cipher_suite::TLS13_AES_128_GCM_SHA256];
    // ok: rust-rustls-cipher-suite
    let all = provider::ALL_CIPHER_SUITES.to_vec();
    // ok: rust-rustls-cipher-suite
    let versions = &[&rustls::version::TLS13];
    rustls::ClientConfig::builder_with_provider(Arc::new(provider))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth()
}
