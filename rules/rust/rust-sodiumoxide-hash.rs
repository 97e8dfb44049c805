use sodiumoxide::crypto::hash::{sha256, sha512};

fn digests(data: &[u8]) {
    // ruleid: rust-sodiumoxide-hash -> SHA-256 function=digest
    let d256 = sha256::hash(data);
    // ruleid: rust-sodiumoxide-hash -> SHA-512
    let d512 = sha512::hash(data);
    // ruleid: rust-sodiumoxide-hash -> SHA-512
    let default = sodiumoxide::crypto::hash::hash(data);
    // ok: rust-sodiumoxide-hash
    let h = std::hash::Hash::hash(&data, &mut hasher);
    // ok: rust-sodiumoxide-hash
    let blake = blake3::hash(data);
}
