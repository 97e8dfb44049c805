use openssl::bn::BigNum;
use openssl::dsa::Dsa;
use openssl::ec::{EcGroup, EcKey};
use openssl::nid::Nid;
use openssl::pkey::PKey;
use openssl::rsa::Rsa;

const KEY_BITS: u32 = 4096;

fn keys(bits: u32, group_from_caller: &EcGroup) -> Result<(), openssl::error::ErrorStack> {
    // ruleid: rust-openssl-keygen -> RSA-2048 function=keygen
    let rsa = Rsa::generate(2048)?;
    // ruleid: rust-openssl-keygen -> RSA-4096
    let big = openssl::rsa::Rsa::generate(KEY_BITS)?;
    // ruleid: rust-openssl-keygen -> RSA unresolved=size
    let sized = Rsa::generate(bits)?;
    // ruleid: rust-openssl-keygen -> RSA-3072
    let e = Rsa::generate_with_e(3072, &BigNum::from_u32(65537)?)?;
    // ruleid: rust-openssl-keygen -> DSA-2048
    let dsa = Dsa::generate(2048)?;
    let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1)?;
    // ok: rust-openssl-keygen
    let ec = EcKey::generate(&group)?;
    // ruleid: rust-openssl-keygen -> Ed25519
    let ed = PKey::generate_ed25519()?;
    // ruleid: rust-openssl-keygen -> X25519
    let x = openssl::pkey::PKey::generate_x25519()?;
    // ok: rust-openssl-keygen
    let pkey = PKey::from_rsa(rsa)?;
    // ok: rust-openssl-keygen
    let rc = rsa::RsaPrivateKey::new(&mut rng, 2048)?;
    Ok(())
}
