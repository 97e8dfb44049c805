use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Algorithm, Argon2, Params, Version,
};

fn hash(password: &[u8]) -> String {
    let salt = SaltString::generate(&mut OsRng);
    // ruleid: rust-argon2-hasher -> Argon2id function=keyderive
    let argon2 = Argon2::default();
    let password_hash = argon2.hash_password(password, &salt).unwrap().to_string();
    // ruleid: rust-argon2-hasher -> Argon2i
    let weak = Argon2::new(Algorithm::Argon2i, Version::V0x13, Params::default());
    // ruleid: rust-argon2-hasher -> Argon2id
    let tuned = argon2::Argon2::new(argon2::Algorithm::Argon2id, Version::V0x13, Params::new(19456, 2, 1, None).unwrap());
    // ruleid: rust-argon2-hasher -> Argon2id
    let encoded = argon2::hash_encoded(password, b"somesalt", &argon2::Config::default()).unwrap();
    // ok: rust-argon2-hasher
    let parsed = PasswordHash::new(&password_hash).unwrap();
    // ok: rust-argon2-hasher
    let p = Params::default();
    password_hash
}
