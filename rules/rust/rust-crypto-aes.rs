extern crate crypto;
use crypto::aes::{self, KeySize};
use crypto::blockmodes;
use crypto::pbkdf2::pbkdf2;
use crypto::hmac::Hmac;
use crypto::sha2::Sha256;

fn encrypt(data: &[u8], key: &[u8], iv: &[u8], size: KeySize) {
    // ruleid: rust-crypto-aes -> AES-256-CBC function=encrypt
    let mut encryptor = aes::cbc_encryptor(KeySize::KeySize256, key, iv, blockmodes::PkcsPadding);
    // ruleid: rust-crypto-aes -> AES-128-ECB
    let mut ecb = crypto::aes::ecb_encryptor(aes::KeySize::KeySize128, key, blockmodes::NoPadding);
    // ruleid: rust-crypto-aes -> AES-192-CTR
    let mut ctr = aes::ctr(KeySize::KeySize192, key, iv);
    // ruleid: rust-crypto-aes -> unknown unresolved=algorithm
    let mut dec = aes::cbc_decryptor(size, key, iv, blockmodes::PkcsPadding);
    // ruleid: rust-rustcrypto-hmac -> HMAC
    // ruleid: rust-rustcrypto-digest -> SHA-256
    let mut mac = Hmac::new(Sha256::new(), b"password");
    let mut dk = [0u8; 32];
    // ruleid: rust-crypto-pbkdf2 -> PBKDF2 function=keyderive note=10000_iterations
    pbkdf2(&mut mac, b"salt", 10000, &mut dk);
    // ok: rust-crypto-aes
    let aes = aes::Aes128::new(key.into());
}
