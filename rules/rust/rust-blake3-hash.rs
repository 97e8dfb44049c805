use blake3::Hasher;

fn hashes(data: &[u8], key: &[u8; 32]) {
    // ruleid: rust-blake3-hash -> BLAKE3 function=digest
    let hash = blake3::hash(data);
    // ruleid: rust-blake3-hash -> BLAKE3
    let mut hasher = Hasher::new();
    hasher.update(data);
    // ruleid: rust-blake3-keyed -> BLAKE3 function=tag
    let mac = blake3::keyed_hash(key, data);
    // ruleid: rust-blake3-keyed -> BLAKE3
    let mut keyed = blake3::Hasher::new_keyed(key);
    // ruleid: rust-blake3-derive-key -> BLAKE3 function=keyderive
    let derived = blake3::derive_key("example.com 2024-01-01 session keys", data);
    // ok: rust-blake3-hash
    let std_hasher = std::collections::hash_map::DefaultHasher::new();
    // ok: rust-blake3-hash
    let h = other::hash(data);
}
