use ml_dsa::{KeyGen, MlDsa65, MlDsa87, B32};
use signature::Signer;

fn sign(msg: &[u8], seed: &B32) {
    let mut rng = rand::thread_rng();
    // ruleid: rust-rustcrypto-ml-dsa -> ML-DSA-65 function=keygen
    let kp = MlDsa65::key_gen(&mut rng);
    // ok: rust-rustcrypto-ml-dsa
    let sig = kp.signing_key().sign(msg);
    // ruleid: rust-rustcrypto-ml-dsa -> ML-DSA-44
    let kp2 = <ml_dsa::MlDsa44 as KeyGen>::key_gen(&mut rng);
    // ruleid: rust-rustcrypto-ml-dsa -> ML-DSA-87
    let kp3 = MlDsa87::from_seed(seed);
    // ruleid: rust-rustcrypto-ml-dsa -> ML-DSA-44
    let sk = ml_dsa::SigningKey::<ml_dsa::MlDsa44>::from_seed(seed);
    // ok: rust-rustcrypto-ml-dsa
    let other = Dsa::key_gen(&mut rng);
}
