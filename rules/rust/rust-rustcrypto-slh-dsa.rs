use slh_dsa::{Sha2_128s, Shake128f, SigningKey};
use signature::Signer;

fn sign(msg: &[u8]) {
    let mut rng = rand::rng();
    // ruleid: rust-rustcrypto-slh-dsa -> SLH-DSA-SHAKE-128f function=keygen
    let sk = SigningKey::<Shake128f>::new(&mut rng);
    let sig = sk.sign(msg);
    // ruleid: rust-rustcrypto-slh-dsa -> SLH-DSA-SHA2-128s
    let sk2 = slh_dsa::SigningKey::<slh_dsa::Sha2_128s>::slh_keygen_internal(&seed, &prf, &pk_seed);
    // ok: rust-rustcrypto-slh-dsa
    let rsa = rsa::pkcs1v15::SigningKey::<sha2::Sha256>::new(private_key);
    // ok: rust-rustcrypto-slh-dsa
    let h = Shake128::default();
}
