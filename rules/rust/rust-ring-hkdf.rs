use ring::hkdf;

fn derive(salt: &[u8], secret: &[u8]) {
    // ruleid: rust-ring-hkdf -> HKDF-SHA-256 function=keyderive
    let salt = hkdf::Salt::new(hkdf::HKDF_SHA256, salt);
    let prk = salt.extract(secret);
    // ruleid: rust-ring-hkdf -> HKDF-SHA-512
    let s2 = ring::hkdf::Salt::new(ring::hkdf::HKDF_SHA512, b"salt");
    // ok: rust-ring-hkdf
    let okm = prk.expand(&[b"info"], hkdf::HKDF_SHA256.len());
}
