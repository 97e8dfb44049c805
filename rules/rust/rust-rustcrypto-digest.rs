use sha2::{Digest, Sha256, Sha512};
use sha1::Sha1;
use md5::Md5;
use sha3::{Sha3_256, Shake128};
use blake2::{Blake2b512, Blake2s256};

fn hashes(data: &[u8]) -> String {
    // ruleid: rust-rustcrypto-digest -> SHA-256 function=digest
    let mut hasher = Sha256::new();
    hasher.update(data);
    let out = hasher.finalize();
    // ruleid: rust-rustcrypto-digest -> SHA-512
    let once = Sha512::digest(data);
    // ruleid: rust-rustcrypto-digest -> SHA-1
    let legacy = sha1::Sha1::digest(data);
    // ruleid: rust-rustcrypto-digest -> MD5
    let weak = Md5::new_with_prefix(b"prefix").chain_update(data).finalize();
    // ruleid: rust-rustcrypto-digest -> SHA3-256
    let s3 = <Sha3_256 as Digest>::digest(data);
    // ruleid: rust-rustcrypto-digest -> SHAKE128
    let mut xof = Shake128::default();
    // ruleid: rust-rustcrypto-digest -> BLAKE2b-512
    let b2 = Blake2b512::new();
    // ruleid: rust-rustcrypto-digest -> BLAKE2s-256
    let b2s = blake2::Blake2s256::digest(data);
    // ruleid: rust-rustcrypto-digest -> SHA-512/256
    let trunc = sha2::Sha512Trunc256::new();
    // ruleid: rust-rustcrypto-digest -> MD4
    let md4 = md4::Md4::new();
    // ruleid: rust-rustcrypto-digest -> RIPEMD-160
    let r = ripemd::Ripemd160::digest(data);
    // ruleid: rust-rustcrypto-digest -> SHA-256
    let hex = format!("{:x}", Sha256::digest(data));
    // ruleid: rust-rustcrypto-digest -> MD5
    println!("{:x}", md5::Md5::digest(data));
    // ruleid: rust-rustcrypto-digest -> SHA-1
    let old = sha1_smol::Sha1::from(data).hexdigest();
    // ruleid: rust-rustcrypto-digest -> SHA-256
    let mut ossl = openssl::sha::Sha256::new();
    // ruleid: rust-rustcrypto-digest -> Keccak-256
    let eth = sha3::Keccak256::digest(data);
    // ruleid: rust-rustcrypto-digest -> SHA-256
    let leaves: Vec<_> = chunks.iter().map(Sha256::digest).collect();
    // ok: rust-rustcrypto-digest
    let size = <Sha256 as Digest>::output_size();
    // ok: rust-rustcrypto-digest
    let mut mine = MyHasher::new();
    // ok: rust-rustcrypto-digest
    let not_a_call = format!("{}", "Sha256::new()");
    // ok: rust-rustcrypto-digest
    println!("{}", Sha256);
    // Sha256::new() in a comment is not a use.
    hex
}
