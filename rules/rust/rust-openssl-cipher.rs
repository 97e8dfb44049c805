use openssl::symm::{decrypt, encrypt, Cipher, Crypter, Mode};
use openssl::nid::Nid;

fn crypt(key: &[u8], iv: &[u8], data: &[u8]) -> Result<Vec<u8>, openssl::error::ErrorStack> {
    // ruleid: rust-openssl-cipher -> AES-256-CBC function=encrypt
    let cipher = Cipher::aes_256_cbc();
    let ciphertext = encrypt(cipher, key, Some(iv), data)?;
    // ruleid: rust-openssl-cipher -> 3DES-168-CBC
    let des = decrypt(Cipher::des_ede3_cbc(), key, Some(iv), &ciphertext)?;
    // ruleid: rust-openssl-cipher -> AES-128-GCM
    let mut crypter = Crypter::new(Cipher::aes_128_gcm(), Mode::Encrypt, key, Some(iv))?;
    // ruleid: rust-openssl-cipher -> ChaCha20-Poly1305
    let chacha = openssl::symm::Cipher::chacha20_poly1305();
    // ruleid: rust-openssl-cipher -> RC4
    let rc4 = Cipher::rc4();
    // ruleid: rust-openssl-cipher -> Blowfish mode=ecb
    let bf = Cipher::bf_ecb();
    // ruleid: rust-openssl-cipher -> AES-128-ECB
    let ecb = Cipher::aes_128_ecb();
    // ruleid: rust-openssl-cipher -> DES-56-CBC
    let single = Cipher::des_cbc();
    // ruleid: rust-openssl-cipher -> AES-256-CBC
    let by_nid = Cipher::from_nid(Nid::AES_256_CBC).unwrap();
    // ruleid: rust-openssl-cipher -> AES-128-CBC
    let fetched = openssl::cipher::Cipher::fetch(None, "AES-128-CBC", None)?;
    // ok: rust-openssl-cipher
    let len = cipher.key_len();
    // ok: rust-openssl-cipher
    let mine = my_crate::Cipher::aes_256_cbc();
    Ok(ciphertext)
}
