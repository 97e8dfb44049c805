use sodiumoxide::crypto::pwhash::{argon2i13, argon2id13, scryptsalsa208sha256};

fn hash(passwd: &[u8], salt: &argon2id13::Salt) {
    // ruleid: rust-sodiumoxide-pwhash -> Argon2id function=keyderive
    let pwh = argon2id13::pwhash(passwd, argon2id13::OPSLIMIT_INTERACTIVE, argon2id13::MEMLIMIT_INTERACTIVE).unwrap();
    let mut key = [0u8; 32];
    // ruleid: rust-sodiumoxide-pwhash -> Argon2id
    argon2id13::derive_key(&mut key, passwd, salt, argon2id13::OPSLIMIT_INTERACTIVE, argon2id13::MEMLIMIT_INTERACTIVE).unwrap();
    // ruleid: rust-sodiumoxide-pwhash -> Argon2i
    let old = argon2i13::pwhash(passwd, argon2i13::OPSLIMIT_INTERACTIVE, argon2i13::MEMLIMIT_INTERACTIVE).unwrap();
    // ruleid: rust-sodiumoxide-pwhash -> scrypt
    let sc = scryptsalsa208sha256::pwhash(passwd, scryptsalsa208sha256::OPSLIMIT_INTERACTIVE, scryptsalsa208sha256::MEMLIMIT_INTERACTIVE).unwrap();
    // ok: rust-sodiumoxide-pwhash
    let ok = argon2id13::pwhash_verify(&pwh, passwd);
    // ok: rust-sodiumoxide-pwhash
    let salt2 = argon2id13::gen_salt();
}
