use openssl::ec::{EcGroup, EcKey};
use openssl::nid::Nid;

fn keys(group_from_caller: &EcGroup) -> Result<(), openssl::error::ErrorStack> {
    let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1)?;
    // ruleid: rust-openssl-ec-keygen -> ECDSA-P-256 function=keygen
    let ec = EcKey::generate(&group)?;
    // ruleid: rust-openssl-ec-keygen -> ECDSA-P-384
    let p384 = openssl::ec::EcKey::generate(&EcGroup::from_curve_name(Nid::SECP384R1)?)?;
    // ruleid: rust-openssl-ec-keygen -> ECDSA-secp256k1
    let k1 = EcKey::generate(&EcGroup::from_curve_name(Nid::SECP256K1).unwrap())?;
    // ruleid: rust-openssl-ec-keygen -> ECDSA unresolved=curve
    let ec2 = EcKey::generate(group_from_caller)?;
    // ok: rust-openssl-ec-keygen
    let loaded = EcKey::private_key_from_pem(pem)?;
    Ok(())
}
