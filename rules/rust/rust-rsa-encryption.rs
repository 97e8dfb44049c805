use rsa::{Oaep, Pkcs1v15Encrypt, PaddingScheme, RsaPrivateKey, RsaPublicKey};
use rsa::oaep::EncryptingKey;
use sha2::{Sha256, Sha512};
use sha1::Sha1;

fn encrypt(public_key: &RsaPublicKey, private_key: &RsaPrivateKey, data: &[u8]) {
    let mut rng = rand::thread_rng();
    // ruleid: rust-rsa-encryption -> RSA-OAEP-SHA-256 function=encrypt
    let padding = Oaep::new::<Sha256>();
    let enc_data = public_key.encrypt(&mut rng, padding, &data[..]).expect("failed to encrypt");
    // ruleid: rust-rsa-encryption -> RSA-OAEP-SHA-1
    let dec = private_key.decrypt(rsa::Oaep::new::<sha1::Sha1>(), &enc_data)?;
    // ruleid: rust-rsa-encryption -> RSA-PKCS1-1.5
    let ct = public_key.encrypt(&mut rng, Pkcs1v15Encrypt, &data[..])?;
    // ruleid: rust-rsa-encryption -> RSA-PKCS1-1.5
    let pt = private_key.decrypt(rsa::Pkcs1v15Encrypt, &ct)?;
    // ruleid: rust-rsa-encryption -> RSA-OAEP-SHA-512
    let old = PaddingScheme::new_oaep::<Sha512>();
    // ruleid: rust-rsa-encryption -> RSA-PKCS1-1.5
    let old_pkcs1 = PaddingScheme::new_pkcs1v15_encrypt();
    // ruleid: rust-rsa-encryption -> RSA-OAEP-SHA-256
    let ek = EncryptingKey::<Sha256>::new(public_key.clone());
    // ruleid: rust-rsa-encryption -> RSA-PKCS1-1.5
    let ek1 = rsa::pkcs1v15::EncryptingKey::new(public_key.clone());
    // ruleid: rust-rsa-encryption -> RSA-PKCS1-1.5
    let legacy = private_key.decrypt(PaddingScheme::PKCS1v15Encrypt, &ct)?;
    // ok: rust-rsa-encryption
    let pss = rsa::Pss::new::<Sha256>();
    // ok: rust-rsa-encryption
    let ecies = ecies::EncryptingKey::<NistP256>::new(pk);
}
