use rsa::{RsaPrivateKey, RsaPublicKey, BigUint};
use rsa::pkcs1v15::SigningKey;
use rand::rngs::OsRng;
use sha2::Sha256;

const BITS: usize = 3072;

fn keys(bits: usize) {
    let mut rng = rand::thread_rng();
    // ruleid: rust-rsa-keygen -> RSA-2048 function=keygen
    let private_key = RsaPrivateKey::new(&mut rng, 2048).expect("failed to generate a key");
    let public_key = RsaPublicKey::from(&private_key);
    // ruleid: rust-rsa-keygen -> RSA-3072
    let k2 = rsa::RsaPrivateKey::new(&mut OsRng, BITS)?;
    // ruleid: rust-rsa-keygen -> RSA unresolved=size
    let k3 = RsaPrivateKey::new(&mut rng, bits)?;
    // ruleid: rust-rsa-keygen -> RSA-4096
    let k4 = RsaPrivateKey::new_with_exp(&mut rng, 4096, &BigUint::from(65537u32))?;
    // ruleid: rust-rsa-keygen -> RSA-2048
    let signing_key = SigningKey::<Sha256>::random(&mut rng, 2048)?;
    // ruleid: rust-rsa-keygen -> RSA-1024
    let pss = rsa::pss::BlindedSigningKey::<Sha256>::random(&mut rng, 1024)?;
    // ok: rust-rsa-keygen
    let ec = p256::ecdsa::SigningKey::random(&mut OsRng);
    // ok: rust-rsa-keygen
    let ssh = ssh_key::private::RsaPrivateKey::new(d, iqmp, p, q)?;
    // ok: rust-rsa-keygen
    let loaded = RsaPrivateKey::from_pkcs8_pem(pem)?;
    // ok: rust-rsa-keygen
    let ossl = openssl::rsa::Rsa::generate(2048)?;
}
