use hmac::{Hmac, Mac, SimpleHmac};
use sha2::{Sha256, Sha512};
use sha1::Sha1;

type HmacSha256 = Hmac<Sha256>;
type HmacSha1 = hmac::Hmac<sha1::Sha1>;

fn sign(key: &[u8], data: &[u8]) -> Vec<u8> {
    // ruleid: rust-rustcrypto-hmac -> HMAC-SHA-256 function=tag
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC can take key of any size");
    mac.update(data);
    // ruleid: rust-rustcrypto-hmac -> HMAC-SHA-512
    let mut m2 = Hmac::<Sha512>::new_from_slice(key).unwrap();
    // ruleid: rust-rustcrypto-hmac -> HMAC-SHA-1
    let m3 = <HmacSha1 as Mac>::new_from_slice(key).unwrap();
    // ruleid: rust-rustcrypto-hmac -> HMAC-SHA-256
    let m4 = <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap();
    // ruleid: rust-rustcrypto-hmac -> HMAC-SHA-256
    let mut m5: Hmac<Sha256> = Hmac::new_from_slice(key).unwrap();
    // ruleid: rust-rustcrypto-hmac -> HMAC-SHA-1
    let m6: HmacSha1 = Mac::new_from_slice(key)?;
    // ruleid: rust-rustcrypto-hmac -> HMAC-SHA-512
    let m7 = hmac::Hmac::<sha2::Sha512>::new_varkey(key).unwrap();
    // ruleid: rust-rustcrypto-hmac -> HMAC-SHA-256
    let m8 = SimpleHmac::<Sha256>::new_from_slice(key).map_err(|_| Error::Key)?;
    // ruleid: rust-rustcrypto-hmac -> HMAC
    let m9 = Hmac::new_from_slice(key).unwrap();
    // ruleid: rust-rustcrypto-hmac -> HMAC-SHA-1
    let ok = check::<Hmac<Sha1>>(key, data, tag);
    // ok: rust-rustcrypto-hmac
    pbkdf2::pbkdf2::<Hmac<Sha256>>(key, data, 1000, &mut out);
    // ok: rust-rustcrypto-hmac
    let cmac = Cmac::<Aes128>::new_from_slice(key).unwrap();
    // ok: rust-rustcrypto-hmac
    let other = Hasher::new_from_slice(key);
    mac.finalize().into_bytes().to_vec()
}

fn keyed(key: &[u8]) -> Hmac<Sha256> {
    // ruleid: rust-rustcrypto-hmac -> HMAC
    Hmac::new_from_slice(key).expect("any key size")
}
