use openssl::hash::{hash, Hasher, MessageDigest};
use openssl::nid::Nid;
use openssl::sign::Signer;

fn digests(data: &[u8], pkey: &openssl::pkey::PKey<openssl::pkey::Private>) -> Result<(), openssl::error::ErrorStack> {
    // ruleid: rust-openssl-digest -> SHA-256 function=digest
    let res = hash(MessageDigest::sha256(), data)?;
    // ruleid: rust-openssl-digest -> MD5
    let mut hasher = Hasher::new(MessageDigest::md5())?;
    // ruleid: rust-openssl-digest -> SHA-1
    let mut signer = Signer::new(MessageDigest::sha1(), pkey)?;
    // ruleid: rust-openssl-digest -> SHA3-256
    let s3 = openssl::hash::MessageDigest::sha3_256();
    // ruleid: rust-openssl-digest -> SHA-384
    let by_nid = MessageDigest::from_nid(Nid::SHA384).unwrap();
    // ruleid: rust-openssl-digest -> SHA-512
    let by_name = MessageDigest::from_name("sha512").unwrap();
    // ruleid: rust-openssl-digest -> SHA-256
    let one_shot = openssl::sha::sha256(data);
    // ruleid: rust-openssl-digest -> SHA-256
    let md = openssl::md::Md::sha256();
    // ruleid: rust-openssl-digest -> SHA-1
    let fetched = openssl::md::Md::fetch(None, "SHA1", None)?;
    // ruleid: rust-openssl-digest -> SHA-256
    let size = MessageDigest::sha256().size();
    // ok: rust-openssl-digest
    let mine = crypto::MessageDigest::sha256();
    Ok(())
}
