use sodiumoxide::crypto::auth;
use sodiumoxide::crypto::auth::{hmacsha256, hmacsha512};

fn macs(data: &[u8], key: &hmacsha256::Key) {
    // ruleid: rust-sodiumoxide-auth -> HMAC-SHA-256 function=tag
    let tag = hmacsha256::authenticate(data, key);
    // ruleid: rust-sodiumoxide-auth -> HMAC-SHA-512
    let t512 = hmacsha512::authenticate(data, &key512);
    // ruleid: rust-sodiumoxide-auth -> HMAC-SHA-512/256
    let t = auth::authenticate(data, &akey);
    // ok: rust-sodiumoxide-auth
    let ok = hmacsha256::verify(&tag, data, key);
    // ok: rust-sodiumoxide-auth
    let other = session::authenticate(data);
}
