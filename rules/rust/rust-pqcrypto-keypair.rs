use pqcrypto_mlkem::mlkem768;
use pqcrypto_dilithium::dilithium3;
use pqcrypto_falcon::falcon512::keypair as falcon_keypair;
use pqcrypto_traits::kem::{PublicKey, SharedSecret};

fn keys(msg: &[u8]) {
    // ruleid: rust-pqcrypto-keypair -> ML-KEM-768 function=keygen
    let (pk, sk) = mlkem768::keypair();
    // ruleid: rust-pqcrypto-encapsulate -> ML-KEM-768 function=encapsulate
    let (ss, ct) = mlkem768::encapsulate(&pk);
    // ruleid: rust-pqcrypto-keypair -> Kyber1024
    let (kpk, ksk) = pqcrypto_kyber::kyber1024::keypair();
    // ruleid: rust-pqcrypto-keypair -> Dilithium3
    let (dpk, dsk) = dilithium3::keypair();
    // ruleid: rust-pqcrypto-sign -> Dilithium3 function=sign
    let sm = dilithium3::sign(msg, &dsk);
    // ruleid: rust-pqcrypto-keypair -> Falcon-512
    let (fpk, fsk) = falcon_keypair();
    // ruleid: rust-pqcrypto-keypair -> ML-KEM-1024
    let (p2, s2) = pqcrypto::kem::mlkem1024::keypair();
    // ruleid: rust-pqcrypto-keypair -> SPHINCS+-SHA2-128f-simple
    let (p3, s3) = pqcrypto_sphincsplus::sphincssha2128fsimple::keypair();
    // ok: rust-pqcrypto-keypair
    let (a, b) = openssl_wrapper::keypair();
}
