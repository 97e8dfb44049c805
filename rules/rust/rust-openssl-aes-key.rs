use openssl::aes::{aes_ige, AesKey};
use openssl::symm::Mode;

fn ige(key: &[u8], iv: &mut [u8], data: &[u8], out: &mut [u8]) {
    // ruleid: rust-openssl-aes-key -> AES function=encrypt
    let key = AesKey::new_encrypt(key).unwrap();
    aes_ige(data, out, &key, iv, Mode::Encrypt);
    // ruleid: rust-openssl-aes-key -> AES
    let dec = openssl::aes::AesKey::new_decrypt(key_bytes).unwrap();
    // ok: rust-openssl-aes-key
    let other = aes::Aes128::new(key.into());
}
