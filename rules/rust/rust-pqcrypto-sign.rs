use pqcrypto_mldsa::mldsa65;
use pqcrypto_falcon::falcon512;

fn sign(msg: &[u8]) {
    let (pk, sk) = mldsa65::keypair();
    // ruleid: rust-pqcrypto-sign -> ML-DSA-65 function=sign
    let sm = mldsa65::sign(msg, &sk);
    // ruleid: rust-pqcrypto-sign -> ML-DSA-65
    let sig = mldsa65::detached_sign(msg, &sk);
    // ruleid: rust-pqcrypto-sign -> Falcon-512
    let fs = falcon512::detached_sign(msg, &fsk);
    // ruleid: rust-pqcrypto-sign -> Dilithium2
    let d = pqcrypto_dilithium::dilithium2::sign(msg, &dsk);
    // ok: rust-pqcrypto-sign
    let ok = mldsa65::verify_detached_signature(&sig, msg, &pk);
    // ok: rust-pqcrypto-sign
    let rsa_sig = signing_key.sign(msg);
}
