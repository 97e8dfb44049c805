use sha256::{digest, try_digest};

fn checksum(input: &str) -> String {
    // ruleid: rust-sha256-digest -> SHA-256 function=digest
    let val = digest(input);
    // ruleid: rust-sha256-digest -> SHA-256
    let file = sha256::try_digest(std::path::Path::new("./file")).unwrap();
    // ok: rust-sha256-digest
    let ring = ring::digest::digest(&ring::digest::SHA256, input.as_bytes());
    val
}
