extern crate crypto;
use crypto::hmac::Hmac;
use crypto::pbkdf2::pbkdf2;
use crypto::sha1::Sha1;

const ITERATIONS: u32 = 4096;

fn derive(password: &[u8], salt: &[u8], rounds: u32) -> [u8; 20] {
    // ruleid: rust-rustcrypto-hmac -> HMAC
    // ruleid: rust-rustcrypto-digest -> SHA-1
    let mut mac = Hmac::new(Sha1::new(), password);
    let mut dk = [0u8; 20];
    // ruleid: rust-crypto-pbkdf2 -> PBKDF2 function=keyderive note=4096_iterations
    pbkdf2(&mut mac, salt, ITERATIONS, &mut dk);
    // ruleid: rust-crypto-pbkdf2 -> PBKDF2 unresolved=iterations
    crypto::pbkdf2::pbkdf2(&mut mac, salt, rounds, &mut dk);
    // ok: rust-crypto-pbkdf2
    pbkdf2::pbkdf2::<hmac::Hmac<sha1::Sha1>>(password, salt, 4096, &mut dk);
    dk
}
