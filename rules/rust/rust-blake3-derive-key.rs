use blake3::Hasher;

const CONTEXT: &str = "example.com 2024-01-01 session tokens v1";

fn derive(material: &[u8]) -> [u8; 32] {
    // ruleid: rust-blake3-derive-key -> BLAKE3 function=keyderive
    let key = blake3::derive_key(CONTEXT, material);
    // ruleid: rust-blake3-derive-key -> BLAKE3
    let mut kdf = Hasher::new_derive_key(CONTEXT);
    kdf.update(material);
    // ok: rust-blake3-derive-key
    let hkdf = hkdf::Hkdf::<sha2::Sha256>::new(None, material);
    // ok: rust-blake3-derive-key
    let mine = keys::derive_key(CONTEXT, material);
    key
}
