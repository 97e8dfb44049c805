use libsodium_sys as sodium;

unsafe fn boxes(msg: &[u8], nonce: &[u8], pk: &[u8], sk: &[u8]) {
    let mut c = vec![0u8; msg.len() + 16];
    // ruleid: rust-libsodium-box -> X25519 function=encrypt
    sodium::crypto_box_easy(c.as_mut_ptr(), msg.as_ptr(), msg.len() as u64, nonce.as_ptr(), pk.as_ptr(), sk.as_ptr());
    // ruleid: rust-libsodium-box -> X25519
    sodium::crypto_box_seal(c.as_mut_ptr(), msg.as_ptr(), msg.len() as u64, pk.as_ptr());
    // ok: rust-libsodium-box
    sodium::crypto_box_open_easy(m.as_mut_ptr(), c.as_ptr(), clen, nonce.as_ptr(), pk.as_ptr(), sk.as_ptr());
}
