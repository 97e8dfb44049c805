use ml_kem::{kem::{Decapsulate, Encapsulate}, KemCore, MlKem768, MlKem1024};
use rand::rngs::OsRng;

fn kem() {
    let mut rng = OsRng;
    // ruleid: rust-rustcrypto-ml-kem -> ML-KEM-768 function=keygen
    let (dk, ek) = MlKem768::generate(&mut rng);
    // ok: rust-rustcrypto-ml-kem
    let (ct, k_send) = ek.encapsulate(&mut rng).unwrap();
    let k_recv = dk.decapsulate(&ct).unwrap();
    // ruleid: rust-rustcrypto-ml-kem -> ML-KEM-1024
    let (dk2, ek2) = <MlKem1024 as KemCore>::generate(&mut rng);
    // ruleid: rust-rustcrypto-ml-kem -> ML-KEM-512
    let (dk3, ek3) = ml_kem::MlKem512::generate_deterministic(&d, &z);
    // ruleid: rust-rustcrypto-ml-kem -> ML-KEM-768
    let (dk4, ek4) = MlKem768::generate_keypair();
    // ruleid: rust-rustcrypto-ml-kem -> ML-KEM-1024
    let (dk5, ek5) = MlKem1024::generate_keypair_from_rng(&mut rng);
    // ruleid: rust-rustcrypto-ml-kem -> ML-KEM-768
    let dk6 = ml_kem::DecapsulationKey::<MlKem768>::from_seed(seed);
    // ok: rust-rustcrypto-ml-kem
    let ek7 = ml_kem::EncapsulationKey::<MlKem768>::new(&bytes);
    // ok: rust-rustcrypto-ml-kem
    let keys = Kem::generate(&mut rng);
}
