use rustls::crypto::aws_lc_rs::{self as provider, kx_group};
use rustls::crypto::ring::kx_group::SECP384R1;

fn provider() -> rustls::crypto::CryptoProvider {
    rustls::crypto::CryptoProvider {
        // ruleid: rust-rustls-kx-group -> X25519MLKEM768 function=keyderive
        kx_groups: vec![kx_group::X25519MLKEM768,
            // ruleid: rust-rustls-kx-group -> X25519
            kx_group::X25519,
            // ruleid: rust-rustls-kx-group -> ECDH-P-256
            kx_group::SECP256R1],
        ..provider::default_provider()
    }
}

fn groups() {
    // ruleid: rust-rustls-kx-group -> ECDH-P-384
    let g = &[SECP384R1];
    // ruleid: rust-rustls-kx-group -> ML-KEM-768
    let pq = kx_group::MLKEM768;
    // ruleid: rust-rustls-kx-group -> X25519
    let old = rustls::kx_group::X25519;
    // ok: rust-rustls-kx-group
    let all = provider::ALL_KX_GROUPS;
    // ok: rust-rustls-kx-group
    let agreement = &ring::agreement::X25519;
}
