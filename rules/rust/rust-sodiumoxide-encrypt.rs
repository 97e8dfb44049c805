use sodiumoxide::crypto::{box_, secretbox, sealedbox};
use sodiumoxide::crypto::aead::chacha20poly1305_ietf as aead;
use sodiumoxide::crypto::aead::xchacha20poly1305_ietf;

fn encrypt(msg: &[u8], key: &secretbox::Key, theirpk: &box_::PublicKey, oursk: &box_::SecretKey) {
    let nonce = secretbox::gen_nonce();
    // ruleid: rust-sodiumoxide-encrypt -> XSalsa20-Poly1305 function=encrypt
    let ciphertext = secretbox::seal(msg, &nonce, key);
    // ruleid: rust-sodiumoxide-encrypt -> XSalsa20-Poly1305
    let plaintext = secretbox::open(&ciphertext, &nonce, key).unwrap();
    let bnonce = box_::gen_nonce();
    // ruleid: rust-sodiumoxide-encrypt -> X25519
    let boxed = box_::seal(msg, &bnonce, theirpk, oursk);
    // ruleid: rust-sodiumoxide-encrypt -> X25519
    let sealed = sealedbox::seal(msg, theirpk);
    // ruleid: rust-sodiumoxide-encrypt -> ChaCha20-Poly1305
    let c = aead::seal(msg, None, &n, &k);
    // ruleid: rust-sodiumoxide-encrypt -> XChaCha20-Poly1305
    let x = xchacha20poly1305_ietf::seal(msg, Some(b"ad"), &xn, &xk);
    // ruleid: rust-sodiumoxide-encrypt -> AES-256-GCM
    let g = sodiumoxide::crypto::aead::aes256gcm::seal(msg, None, &gn, &gk);
    // ok: rust-sodiumoxide-encrypt
    let n2 = secretbox::gen_nonce();
    // ok: rust-sodiumoxide-encrypt
    let mine = envelope::seal(msg, key);
}
