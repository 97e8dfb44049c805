use pqcrypto_mlkem::mlkem1024;
use pqcrypto_kyber::kyber768::{encapsulate, keypair};

fn kem(pk_bytes: &[u8]) {
    let (pk, sk) = mlkem1024::keypair();
    // ruleid: rust-pqcrypto-encapsulate -> ML-KEM-1024 function=encapsulate
    let (ss, ct) = mlkem1024::encapsulate(&pk);
    // ruleid: rust-pqcrypto-encapsulate -> Kyber768
    let (ss2, ct2) = encapsulate(&kpk);
    // ruleid: rust-pqcrypto-encapsulate -> ML-KEM-768
    let (ss3, ct3) = pqcrypto::kem::mlkem768::encapsulate(&pk3);
    // ok: rust-pqcrypto-encapsulate
    let ss4 = mlkem1024::decapsulate(&ct, &sk);
    // ok: rust-pqcrypto-encapsulate
    let (a, b) = ek.encapsulate(&mut rng).unwrap();
}
