use hkdf::{Hkdf, SimpleHkdf};
use sha2::{Sha256, Sha384, Sha512};

type HkdfSha512 = Hkdf<Sha512>;

fn derive(ikm: &[u8], salt: &[u8], prk: &[u8]) -> [u8; 42] {
    let mut okm = [0u8; 42];
    // ruleid: rust-rustcrypto-hkdf -> HKDF-SHA-256 function=keyderive
    let hk = Hkdf::<Sha256>::new(Some(&salt[..]), ikm);
    hk.expand(b"info", &mut okm).expect("42 is a valid length for Sha256 to output");
    // ruleid: rust-rustcrypto-hkdf -> HKDF-SHA-384
    let (prk2, hk2) = hkdf::Hkdf::<sha2::Sha384>::extract(Some(salt), ikm);
    // ruleid: rust-rustcrypto-hkdf -> HKDF-SHA-512
    let hk3 = HkdfSha512::from_prk(prk).unwrap();
    // ruleid: rust-rustcrypto-hkdf -> HKDF-SHA-256
    let hk4: Hkdf<Sha256> = Hkdf::new(None, ikm);
    // ruleid: rust-rustcrypto-hkdf -> HKDF-SHA-256
    let hk5 = SimpleHkdf::<Sha256>::new(None, ikm);
    // ruleid: rust-rustcrypto-hkdf -> HKDF
    let hk6 = Hkdf::new(Some(salt), ikm);
    // ok: rust-rustcrypto-hkdf
    let other = MyKdf::new(Some(salt), ikm);
    // ok: rust-rustcrypto-hkdf
    let prk_only = hkdf_extract(salt, ikm);
    okm
}
