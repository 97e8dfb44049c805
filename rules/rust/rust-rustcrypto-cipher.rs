use aes::Aes128;
use aes::cipher::{generic_array::GenericArray, BlockEncrypt, KeyInit, KeyIvInit, StreamCipher};
use des::{Des, TdesEde3};
use chacha20::ChaCha20;

fn blocks(key: &[u8; 16], long_key: &[u8]) {
    // ruleid: rust-rustcrypto-cipher -> AES-128 function=encrypt
    let cipher = Aes128::new(GenericArray::from_slice(key));
    let mut block = GenericArray::clone_from_slice(&[0u8; 16]);
    // ok: rust-rustcrypto-cipher
    cipher.encrypt_block(&mut block);
    // ruleid: rust-rustcrypto-cipher -> AES-256
    let c256 = aes::Aes256::new_from_slice(long_key).unwrap();
    // ruleid: rust-rustcrypto-cipher -> AES-192
    let enc = aes::Aes192Enc::new_from_slice(long_key)?;
    // ruleid: rust-rustcrypto-cipher -> DES
    let des = Des::new_from_slice(&long_key[..8]).unwrap();
    // ruleid: rust-rustcrypto-cipher -> 3DES-168
    let tdes = TdesEde3::new_from_slice(long_key).unwrap();
    // ruleid: rust-rustcrypto-cipher -> 3DES-112
    let tdes2 = des::TdesEde2::new(key.into());
    // ruleid: rust-rustcrypto-cipher -> Blowfish
    let bf = blowfish::Blowfish::new_from_slice(long_key).unwrap();
    // ruleid: rust-rustcrypto-cipher -> ChaCha20
    let mut stream = ChaCha20::new(&key.into(), &nonce.into());
    // ruleid: rust-rustcrypto-cipher -> ChaCha20
    let mut xstream = chacha20::XChaCha20::new(&key.into(), &xnonce.into());
    // ruleid: rust-rustcrypto-cipher -> RC4
    let mut rc4 = rc4::Rc4::new(key.into());
    // ruleid: rust-rustcrypto-cipher -> AES-128
    let via_trait = <Aes128 as KeyInit>::new(key.into());
    // ok: rust-rustcrypto-cipher
    let aead = aes_gcm::Aes128Gcm::new(key.into());
    // ok: rust-rustcrypto-cipher
    let cbc = cbc::Encryptor::<Aes128>::new(key.into(), iv.into());
    // ruleid: rust-rustcrypto-cipher -> 3DES-168
    let pt = cbc_decrypt::<TdesEde3>(&key[..24], &iv[..8], data);
    // ruleid: rust-rustcrypto-cipher -> AES-256
    let pt2 = self::decrypt_with::<aes::Aes256>(key, iv, data);
    // ok: rust-rustcrypto-cipher
    let digest = pbkdf2_hmac::<Sha256>(pw, salt, 1000, &mut out);
    // ok: rust-rustcrypto-cipher
    let idea = Idea::new("a better app");
    // ruleid: rust-rustcrypto-cipher -> IDEA
    let cipher_idea = idea::Idea::new_from_slice(long_key).unwrap();
    // ok: rust-rustcrypto-cipher
    let size = Aes128::block_size();
}
