use libsodium_sys as sodium;

unsafe fn hashes(msg: &[u8]) {
    let mut out = [0u8; 64];
    // ruleid: rust-libsodium-hash -> SHA-256 function=digest
    sodium::crypto_hash_sha256(out.as_mut_ptr(), msg.as_ptr(), msg.len() as u64);
    // ruleid: rust-libsodium-hash -> SHA-512
    sodium::crypto_hash(out.as_mut_ptr(), msg.as_ptr(), msg.len() as u64);
    // ruleid: rust-libsodium-hash -> BLAKE2b-512
    sodium::crypto_generichash(out.as_mut_ptr(), 64, msg.as_ptr(), msg.len() as u64, std::ptr::null(), 0);
    // ok: rust-libsodium-hash
    let n = sodium::crypto_generichash_bytes();
}
