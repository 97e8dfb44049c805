use aes_gcm::{aead::{KeyInit, OsRng}, Aes256Gcm};
use chacha20poly1305::ChaCha20Poly1305;

fn keys() {
    // ruleid: rust-rustcrypto-generate-key -> AES-256-GCM function=keygen
    let key = Aes256Gcm::generate_key(&mut OsRng);
    // ruleid: rust-rustcrypto-generate-key -> ChaCha20-Poly1305
    let k2 = ChaCha20Poly1305::generate_key(OsRng);
    // ruleid: rust-rustcrypto-generate-key -> AES-128
    let k3 = <aes::Aes128 as KeyInit>::generate_key(&mut OsRng);
    // ruleid: rust-rustcrypto-generate-key -> XChaCha20-Poly1305
    let k4 = chacha20poly1305::XChaCha20Poly1305::generate_key(&mut rand::rngs::OsRng);
    // ok: rust-rustcrypto-generate-key
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    // ok: rust-rustcrypto-generate-key
    let mine = Vault::generate_key(&mut OsRng);
}
