use sodiumoxide::crypto::{box_, kx, secretbox, sign};
use sodiumoxide::crypto::aead::chacha20poly1305_ietf;
use sodiumoxide::crypto::auth::hmacsha256;

fn keys(seed: &sign::Seed) {
    // ruleid: rust-sodiumoxide-keygen -> XSalsa20-Poly1305 function=keygen
    let key = secretbox::gen_key();
    // ruleid: rust-sodiumoxide-keygen -> X25519
    let (ourpk, oursk) = box_::gen_keypair();
    // ruleid: rust-sodiumoxide-keygen -> X25519
    let (client_pk, client_sk) = kx::gen_keypair();
    // ruleid: rust-sodiumoxide-keygen -> Ed25519
    let (pk, sk) = sign::gen_keypair();
    // ruleid: rust-sodiumoxide-keygen -> Ed25519
    let (spk, ssk) = sign::keypair_from_seed(seed);
    // ruleid: rust-sodiumoxide-keygen -> ChaCha20-Poly1305
    let k = chacha20poly1305_ietf::gen_key();
    // ruleid: rust-sodiumoxide-keygen -> HMAC-SHA-256
    let hk = hmacsha256::gen_key();
    // ok: rust-sodiumoxide-keygen
    let nonce = secretbox::gen_nonce();
    // ok: rust-sodiumoxide-keygen
    let salt = argon2id13::gen_salt();
}
