use ring::{hmac, rand};
use ring::hmac::HMAC_SHA384;

fn tag(key_value: &[u8], msg: &[u8]) {
    // ruleid: rust-ring-hmac -> HMAC-SHA-256 function=tag
    let key = hmac::Key::new(hmac::HMAC_SHA256, key_value);
    let tag = hmac::sign(&key, msg);
    let rng = rand::SystemRandom::new();
    // ruleid: rust-ring-hmac -> HMAC-SHA-512
    let generated = hmac::Key::generate(hmac::HMAC_SHA512, &rng)?;
    // ruleid: rust-ring-hmac -> HMAC-SHA-1
    let legacy = hmac::Key::new(hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, key_value);
    // ruleid: rust-ring-hmac -> HMAC-SHA-384
    let imported = hmac::Key::new(HMAC_SHA384, key_value);
    // ok: rust-ring-hmac
    hmac::verify(&key, msg, tag.as_ref())?;
}
