use libsodium_sys as sodium;
use dryoc::classic::crypto_box::crypto_box_keypair;

unsafe fn keys() {
    let mut pk = [0u8; 32];
    let mut sk = [0u8; 64];
    // ruleid: rust-libsodium-keypair -> Ed25519 function=keygen
    sodium::crypto_sign_keypair(pk.as_mut_ptr(), sk.as_mut_ptr());
    // ruleid: rust-libsodium-keypair -> X25519
    let (public_key, secret_key) = crypto_box_keypair();
    // ruleid: rust-libsodium-keypair -> X25519
    sodium::crypto_kx_keypair(pk.as_mut_ptr(), sk.as_mut_ptr());
    // ok: rust-libsodium-keypair
    let n = sodium::crypto_sign_publickeybytes();
}
