use libsodium_sys as sodium;
use dryoc::classic::crypto_secretbox::crypto_secretbox_easy;

unsafe fn seal(msg: &[u8], key: &[u8], nonce: &[u8]) {
    let mut c = vec![0u8; msg.len() + 16];
    // ruleid: rust-libsodium-secretbox -> XSalsa20-Poly1305 function=encrypt
    sodium::crypto_secretbox_easy(c.as_mut_ptr(), msg.as_ptr(), msg.len() as u64, nonce.as_ptr(), key.as_ptr());
    // ruleid: rust-libsodium-secretbox -> XSalsa20-Poly1305
    crypto_secretbox_easy(&mut c, msg, &nonce_arr, &key_arr).expect("encrypt failed");
    // ok: rust-libsodium-secretbox
    let len = sodium::crypto_secretbox_keybytes();
    // ok: rust-libsodium-secretbox
    sodium::crypto_secretbox_open_easy(m.as_mut_ptr(), c.as_ptr(), clen, nonce.as_ptr(), key.as_ptr());
}
