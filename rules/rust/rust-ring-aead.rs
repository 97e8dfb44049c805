use ring::aead::{self, Aad, BoundKey, LessSafeKey, Nonce, UnboundKey};
use ring::aead::CHACHA20_POLY1305;
use aws_lc_rs::aead as lc;

// ruleid: rust-ring-aead -> AES-128-GCM
static SUITE: &aead::Algorithm = &aead::AES_128_GCM;

struct Sealer {
    algorithm: &'static aead::Algorithm,
}

fn seal(key_bytes: &[u8], data: &mut Vec<u8>) -> Result<(), ring::error::Unspecified> {
    // ruleid: rust-ring-aead -> AES-256-GCM function=encrypt
    let unbound = UnboundKey::new(&aead::AES_256_GCM, key_bytes)?;
    let key = LessSafeKey::new(unbound);
    // ruleid: rust-ring-aead -> ChaCha20-Poly1305
    let chacha = LessSafeKey::new(UnboundKey::new(&CHACHA20_POLY1305, key_bytes)?);
    // ruleid: rust-ring-aead -> AES-128-GCM
    let s = Sealer { algorithm: &ring::aead::AES_128_GCM };
    // ruleid: rust-ring-aead -> AES-256-GCM
    let other = UnboundKey::new(&lc::AES_256_GCM, key_bytes)?;
    // ok: rust-ring-aead
    let nonce = Nonce::assume_unique_for_key([0u8; aead::NONCE_LEN]);
    // ok: rust-ring-aead
    let tag_len = aead::MAX_TAG_LEN;
    // AES_256_GCM in a comment is not a use: aead::AES_256_GCM
    key.seal_in_place_append_tag(nonce, Aad::empty(), data)
}

fn suite() -> &'static aead::Algorithm {
    // ruleid: rust-ring-aead -> AES-128-GCM
    &aead::AES_128_GCM
}

// ruleid: rust-ring-aead -> AES-128-GCM
const SIV: &aead::Algorithm = &aead::AES_128_GCM;

mod mine {
    // ok: rust-ring-aead
    pub const AES_256_GCM: u16 = 0x0002;
}
