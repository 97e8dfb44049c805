use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};

fn tokens(claims: &Claims, secret: &[u8]) -> jsonwebtoken::errors::Result<String> {
    // ruleid: rust-jsonwebtoken-algorithm -> HMAC-SHA-256 function=sign
    let token = encode(&Header::new(Algorithm::HS256), claims, &EncodingKey::from_secret(secret))?;
    // ruleid: rust-jsonwebtoken-algorithm -> RSA-PKCS1-1.5-SHA-256
    let validation = Validation::new(Algorithm::RS256);
    // ruleid: rust-jsonwebtoken-algorithm -> ECDSA-SHA-384
    let header = jsonwebtoken::Header { alg: jsonwebtoken::Algorithm::ES384, ..Default::default() };
    // ruleid: rust-jsonwebtoken-algorithm -> Ed25519
    let ed = Header::new(Algorithm::EdDSA);
    // ruleid: rust-jsonwebtoken-algorithm -> RSA-PSS-SHA-512
    let algs = vec![Algorithm::PS512];
    // ok: rust-jsonwebtoken-algorithm
    let default = Header::default();
    // ok: rust-jsonwebtoken-algorithm
    let other = my_crate::Algorithm::HS256;
    Ok(token)
}
