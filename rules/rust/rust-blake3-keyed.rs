use blake3::Hasher;

fn mac(key: &[u8; 32], data: &[u8]) -> blake3::Hash {
    // ruleid: rust-blake3-keyed -> BLAKE3 function=tag
    let tag = blake3::keyed_hash(key, data);
    // ruleid: rust-blake3-keyed -> BLAKE3
    let mut keyed = Hasher::new_keyed(key);
    keyed.update(data);
    // ok: rust-blake3-keyed
    let plain = blake3::hash(data);
    // ok: rust-blake3-keyed
    let other = my_mac::keyed_hash(key, data);
    keyed.finalize()
}
