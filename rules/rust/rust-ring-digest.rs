use ring::digest::{self, Context, Digest, SHA256};
use ring::rand::SystemRandom;

// ruleid: rust-ring-digest -> SHA-384
static ALG: &digest::Algorithm = &digest::SHA384;

fn hash(data: &[u8]) -> Digest {
    // ruleid: rust-ring-digest -> SHA-256 function=digest
    let one_shot = digest::digest(&digest::SHA256, data);
    // ruleid: rust-ring-digest -> SHA-512
    let mut ctx = Context::new(&ring::digest::SHA512);
    ctx.update(data);
    // ruleid: rust-ring-digest -> SHA-1
    let legacy = digest::digest(&digest::SHA1_FOR_LEGACY_USE_ONLY, data);
    // ruleid: rust-ring-digest -> SHA-256
    let imported = digest::digest(&SHA256, data);
    // ruleid: rust-ring-digest -> SHA-512/256
    let truncated = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA512_256, data);
    // ok: rust-ring-digest
    let len = digest::SHA256_OUTPUT_LEN;
    // ok: rust-ring-digest
    let out = [0u8; digest::MAX_OUTPUT_LEN];
    ctx.finish()
}

// ruleid: rust-ring-digest -> SHA-384
const FIXED: &digest::Algorithm = &digest::SHA384;
