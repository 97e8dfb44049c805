use openssl::rsa::{Padding, Rsa};

fn encrypt(data: &[u8]) -> Result<(), openssl::error::ErrorStack> {
    let rsa = Rsa::generate(2048)?;
    let mut buf = vec![0; rsa.size() as usize];
    // ruleid: rust-openssl-rsa-padding -> RSA-PKCS1-1.5 function=encrypt
    let len = rsa.public_encrypt(data, &mut buf, Padding::PKCS1)?;
    // ruleid: rust-openssl-rsa-padding -> RSA-OAEP
    let oaep = rsa.public_encrypt(data, &mut buf, openssl::rsa::Padding::PKCS1_OAEP)?;
    // ok: rust-openssl-rsa-padding
    let none = rsa.public_encrypt(data, &mut buf, Padding::NONE)?;
    Ok(())
}
