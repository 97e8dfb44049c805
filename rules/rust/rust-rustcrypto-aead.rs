use aes_gcm::{
    aead::{Aead, AeadCore, KeyInit, OsRng},
    Aes256Gcm, Key, Nonce,
};
use aes_gcm::aes::Aes256;
use aes_gcm::AesGcm;
use aes_gcm_siv::Aes256GcmSiv;
use chacha20poly1305::{ChaCha20Poly1305, XChaCha20Poly1305};
use ccm::{consts::{U10, U13}, Ccm};

fn encrypt(key_bytes: &[u8], plaintext: &[u8]) -> Vec<u8> {
    let key = Key::<Aes256Gcm>::from_slice(key_bytes);
    // ruleid: rust-rustcrypto-aead -> AES-256-GCM function=encrypt
    let cipher = Aes256Gcm::new(key);
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    // ok: rust-rustcrypto-aead
    let ciphertext = cipher.encrypt(&nonce, plaintext.as_ref()).unwrap();
    // ruleid: rust-rustcrypto-aead -> AES-128-GCM
    let c128 = aes_gcm::Aes128Gcm::new_from_slice(key_bytes).expect("16-byte key");
    // ruleid: rust-rustcrypto-aead -> AES-256-GCM-SIV
    let siv = Aes256GcmSiv::new_from_slice(key_bytes)?;
    // ruleid: rust-rustcrypto-aead -> ChaCha20-Poly1305
    let chacha = ChaCha20Poly1305::new(key_bytes.into());
    // ruleid: rust-rustcrypto-aead -> XChaCha20-Poly1305
    let xchacha = <XChaCha20Poly1305 as KeyInit>::new_from_slice(key_bytes).unwrap();
    // ruleid: rust-rustcrypto-aead -> XSalsa20-Poly1305
    let secretbox = crypto_secretbox::XSalsa20Poly1305::new(&key.into());
    // ruleid: rust-rustcrypto-aead -> AES-SIV
    let aes_siv = aes_siv::Aes128SivAead::new(&siv_key);
    // ruleid: rust-rustcrypto-aead -> AES-256-GCM mode=gcm
    let custom_nonce = AesGcm::<Aes256, U16>::new(key);
    // ruleid: rust-rustcrypto-aead -> AES-256-CCM
    let ccm = Ccm::<Aes256, U10, U13>::new(key);
    // ruleid: rust-rustcrypto-aead -> AES-128-OCB
    let ocb = ocb3::Aes128Ocb3::new(key);
    // ruleid: rust-rustcrypto-aead -> AES-256-KW
    let kek = aes_kw::KekAes256::from(kek_bytes);
    // ok: rust-rustcrypto-aead
    let mine = MyGcm::new(key);
    // ok: rust-rustcrypto-aead
    let k = Key::<Aes256Gcm>::from_slice(key_bytes);
    ciphertext
}
