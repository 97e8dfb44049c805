use sodiumoxide::crypto::sign;

fn signing(msg: &[u8], sk: &sign::SecretKey, pk: &sign::PublicKey) {
    // ruleid: rust-sodiumoxide-sign -> Ed25519 function=sign
    let signed_data = sign::sign(msg, sk);
    // ruleid: rust-sodiumoxide-sign -> Ed25519
    let sig = sign::sign_detached(msg, sk);
    // ruleid: rust-sodiumoxide-sign -> Ed25519
    let s2 = sodiumoxide::crypto::sign::ed25519::sign_detached(msg, sk);
    // ok: rust-sodiumoxide-sign
    let verified = sign::verify(&signed_data, pk).unwrap();
    // ok: rust-sodiumoxide-sign
    let other = signing_key.sign(msg);
}
