use libsodium_sys::*;

unsafe fn aead(msg: &[u8], key: &[u8], nonce: &[u8]) {
    let mut c = vec![0u8; msg.len() + 16];
    let mut clen = 0u64;
    // ruleid: rust-libsodium-aead-encrypt -> XChaCha20-Poly1305 function=encrypt
    crypto_aead_xchacha20poly1305_ietf_encrypt(c.as_mut_ptr(), &mut clen, msg.as_ptr(), msg.len() as u64, std::ptr::null(), 0, std::ptr::null(), nonce.as_ptr(), key.as_ptr());
    // ruleid: rust-libsodium-aead-encrypt -> AES-256-GCM
    libsodium_sys::crypto_aead_aes256gcm_encrypt(c.as_mut_ptr(), &mut clen, msg.as_ptr(), mlen, ad, adlen, std::ptr::null(), nonce.as_ptr(), key.as_ptr());
    // ok: rust-libsodium-aead-encrypt
    let available = crypto_aead_aes256gcm_is_available();
}
