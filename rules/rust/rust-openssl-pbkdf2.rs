use openssl::hash::MessageDigest;
use openssl::pkcs5::pbkdf2_hmac;

const ROUNDS: usize = 310_000;

fn derive(pass: &[u8], salt: &[u8], n: usize) -> Result<(), openssl::error::ErrorStack> {
    let mut key = [0u8; 32];
    // ruleid: rust-openssl-pbkdf2 -> PBKDF2-SHA-256 function=keyderive note=10000_iterations
    openssl::pkcs5::pbkdf2_hmac(pass, salt, 10_000, MessageDigest::sha256(), &mut key)?;
    // ruleid: rust-openssl-pbkdf2 -> PBKDF2-SHA-1 note=310000_iterations
    pbkdf2_hmac(pass, salt, ROUNDS, MessageDigest::sha1(), &mut key)?;
    let md = MessageDigest::sha512();
    // ruleid: rust-openssl-pbkdf2 -> PBKDF2-SHA-512 unresolved=iterations
    pbkdf2_hmac(pass, salt, n, md, &mut key)?;
    // ok: rust-openssl-pbkdf2
    let other = pbkdf2::pbkdf2_hmac_array::<sha2::Sha256, 32>(pass, salt, 1000);
    Ok(())
}
