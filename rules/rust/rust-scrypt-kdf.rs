use scrypt::{
    password_hash::{PasswordHasher, SaltString},
    Params, Scrypt,
};
use openssl::pkcs5;

fn derive(password: &[u8], salt: &[u8]) {
    let params = Params::new(15, 8, 1, 32).unwrap();
    let mut output = [0u8; 32];
    // ruleid: rust-scrypt-kdf -> scrypt function=keyderive
    scrypt::scrypt(password, salt, &params, &mut output).unwrap();
    let salt_string = SaltString::generate(&mut OsRng);
    // ruleid: rust-scrypt-kdf -> scrypt
    let hash = Scrypt.hash_password(password, &salt_string)?.to_string();
    // ruleid: rust-scrypt-kdf -> scrypt
    pkcs5::scrypt(password, salt, 16384, 8, 1, 0, &mut output)?;
    // ok: rust-scrypt-kdf
    let p = Params::recommended();
}
