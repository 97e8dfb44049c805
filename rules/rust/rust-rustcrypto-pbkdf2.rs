use hmac::Hmac;
use pbkdf2::{pbkdf2, pbkdf2_hmac, pbkdf2_hmac_array, Pbkdf2};
use pbkdf2::password_hash::{PasswordHasher, SaltString};
use sha1::Sha1;
use sha2::{Sha256, Sha512};

const ROUNDS: u32 = 210_000;
type HmacSha512 = Hmac<Sha512>;

fn derive(password: &[u8], salt: &[u8], rounds: u32) {
    let mut key = [0u8; 32];
    // ruleid: rust-rustcrypto-pbkdf2 -> PBKDF2-SHA-256 function=keyderive note=600000_iterations
    pbkdf2_hmac::<Sha256>(password, salt, 600_000, &mut key);
    // ruleid: rust-rustcrypto-pbkdf2 -> PBKDF2-SHA-512 note=210000_iterations
    let k2 = pbkdf2::pbkdf2_hmac_array::<Sha512, 64>(password, salt, ROUNDS);
    // ruleid: rust-rustcrypto-pbkdf2 -> PBKDF2-SHA-1 unresolved=iterations
    pbkdf2::<Hmac<Sha1>>(password, salt, rounds, &mut key).expect("HMAC can be initialized with any key length");
    // ruleid: rust-rustcrypto-pbkdf2 -> PBKDF2-SHA-256 note=4096_iterations
    pbkdf2::pbkdf2::<hmac::Hmac<sha2::Sha256>>(password, salt, 4096, &mut key);
    // ruleid: rust-rustcrypto-pbkdf2 -> PBKDF2-SHA-512
    pbkdf2::pbkdf2_array::<HmacSha512, 64>(password, salt, ROUNDS);
    let salt = SaltString::generate(&mut OsRng);
    // ruleid: rust-rustcrypto-pbkdf2 -> PBKDF2
    let hash = Pbkdf2.hash_password(password, &salt)?.to_string();
    // ok: rust-rustcrypto-pbkdf2
    openssl::pkcs5::pbkdf2_hmac(password, salt, 10_000, MessageDigest::sha256(), &mut key)?;
    // ok: rust-rustcrypto-pbkdf2
    let cfg = pbkdf2_config(password);
}
