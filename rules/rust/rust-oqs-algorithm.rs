use oqs::kem::{self, Kem};
use oqs::sig::{self, Sig};

fn run() -> oqs::Result<()> {
    oqs::init();
    // ruleid: rust-oqs-algorithm -> ML-KEM-768 function=keygen
    let kemalg = Kem::new(kem::Algorithm::MlKem768)?;
    let (kem_pk, kem_sk) = kemalg.keypair()?;
    // ruleid: rust-oqs-algorithm -> ML-DSA-65
    let sigalg = sig::Sig::new(sig::Algorithm::MlDsa65)?;
    // ruleid: rust-oqs-algorithm -> Kyber512
    let old = oqs::kem::Kem::new(oqs::kem::Algorithm::Kyber512)?;
    // ruleid: rust-oqs-algorithm -> Falcon-512
    let falcon = Sig::new(sig::Algorithm::Falcon512)?;
    // ok: rust-oqs-algorithm
    let mine = Kem::new_default();
    Ok(())
}
