use libsodium_sys as sodium;

unsafe fn macs(msg: &[u8], key: &[u8]) {
    let mut tag = [0u8; 32];
    // ruleid: rust-libsodium-auth -> HMAC-SHA-256 function=tag
    sodium::crypto_auth_hmacsha256(tag.as_mut_ptr(), msg.as_ptr(), msg.len() as u64, key.as_ptr());
    // ruleid: rust-libsodium-auth -> Poly1305
    sodium::crypto_onetimeauth(tag.as_mut_ptr(), msg.as_ptr(), msg.len() as u64, key.as_ptr());
    // ok: rust-libsodium-auth
    sodium::crypto_auth_verify(tag.as_ptr(), msg.as_ptr(), msg.len() as u64, key.as_ptr());
}
