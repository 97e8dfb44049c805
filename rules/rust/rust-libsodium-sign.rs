use libsodium_sys as sodium;

unsafe fn signing(msg: &[u8], sk: &[u8]) {
    let mut sig = [0u8; 64];
    // ruleid: rust-libsodium-sign -> Ed25519 function=sign
    sodium::crypto_sign_detached(sig.as_mut_ptr(), std::ptr::null_mut(), msg.as_ptr(), msg.len() as u64, sk.as_ptr());
    // ruleid: rust-libsodium-sign -> Ed25519
    sodium::crypto_sign(sm.as_mut_ptr(), &mut smlen, msg.as_ptr(), msg.len() as u64, sk.as_ptr());
    // ok: rust-libsodium-sign
    sodium::crypto_sign_verify_detached(sig.as_ptr(), msg.as_ptr(), msg.len() as u64, pk.as_ptr());
}
