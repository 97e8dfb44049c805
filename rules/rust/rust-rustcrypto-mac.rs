use aes::Aes128;
use cmac::{Cmac, Mac};
use poly1305::{Poly1305, universal_hash::KeyInit};

type AesCmac = Cmac<aes::Aes256>;

fn tags(key: &[u8], data: &[u8]) {
    // ruleid: rust-rustcrypto-mac -> AES-128-CMAC function=tag
    let mut mac = Cmac::<Aes128>::new_from_slice(key).unwrap();
    mac.update(data);
    // ruleid: rust-rustcrypto-mac -> AES-256-CMAC
    let m2 = AesCmac::new_from_slice(key).unwrap();
    // ruleid: rust-rustcrypto-mac -> AES-128-CMAC
    let m3 = <Cmac<Aes128> as Mac>::new_from_slice(key).unwrap();
    // ruleid: rust-rustcrypto-mac -> Poly1305
    let p = Poly1305::new(key.into());
    // ruleid: rust-rustcrypto-mac -> CMAC
    let m4 = Cmac::<des::TdesEde3>::new_from_slice(key).unwrap();
    // ok: rust-rustcrypto-mac
    let hmac = hmac::Hmac::<sha2::Sha256>::new_from_slice(key).unwrap();
}
