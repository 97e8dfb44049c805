use rsa::{Pkcs1v15Sign, Pss, RsaPrivateKey};
use rsa::pkcs1v15::SigningKey;
use rsa::pss::BlindedSigningKey;
use rsa::signature::{RandomizedSigner, Signer};
use sha2::{Digest, Sha256, Sha512};

fn sign(private_key: RsaPrivateKey, digest: &[u8]) {
    let mut rng = rand::thread_rng();
    // ruleid: rust-rsa-signature -> RSA-PSS-SHA-256 function=sign
    let sig = private_key.sign_with_rng(&mut rng, Pss::new::<Sha256>(), digest)?;
    // ruleid: rust-rsa-signature -> RSA-PKCS1-1.5-SHA-256
    let sig2 = private_key.sign(Pkcs1v15Sign::new::<Sha256>(), digest)?;
    // ruleid: rust-rsa-signature -> RSA-PKCS1-1.5
    let raw = private_key.sign(rsa::Pkcs1v15Sign::new_unprefixed(), digest)?;
    // ruleid: rust-rsa-signature -> RSA-PKCS1-1.5-SHA-256
    let signing_key = SigningKey::<Sha256>::new(private_key.clone());
    let signature = signing_key.sign(b"message");
    // ruleid: rust-rsa-signature -> RSA-PSS-SHA-512
    let blinded = BlindedSigningKey::<Sha512>::new(private_key.clone());
    // ruleid: rust-rsa-signature -> RSA-PSS-SHA-256
    let pss_key = rsa::pss::SigningKey::<sha2::Sha256>::new(private_key.clone());
    // ruleid: rust-rsa-signature -> RSA-PSS-SHA-256
    let old = rsa::PaddingScheme::new_pss::<Sha256, _>(rng);
    // ruleid: rust-rsa-signature -> RSA-PKCS1-1.5-SHA-256
    let older = PaddingScheme::new_pkcs1v15_sign(Some(rsa::Hash::SHA2_256));
    // ok: rust-rsa-signature
    let ec = p256::ecdsa::SigningKey::random(&mut rand_core::OsRng);
    // ok: rust-rsa-signature
    let ed = ed25519_dalek::SigningKey::generate(&mut csprng);
    // ok: rust-rsa-signature
    let slh = slh_dsa::SigningKey::<slh_dsa::Shake128f>::new(&mut rng);
    // ok: rust-rsa-signature
    let oaep = rsa::Oaep::new::<Sha256>();
}

