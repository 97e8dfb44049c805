//! The public part of a private key, so a private key is identified by the fingerprint of its public
//! key (the same SubjectPublicKeyInfo hash its certificate or `.pub` file gets) and never by anything
//! secret.
//!
//! Most formats carry the public key beside the private one (RSA's n and e, SEC1's public point,
//! PKCS#8 v2's publicKey, ML-KEM's expanded key, SLH-DSA's PK.seed and PK.root). Where they do not,
//! it is computed: y = g^x mod p for DSA and finite-field DH, scalar multiplication of the base point
//! for Ed25519 and X25519. Secret inputs stay inside this module: only public values come out.

use curve25519_dalek::edwards::EdwardsPoint;
use curve25519_dalek::montgomery::MontgomeryPoint;
use num_bigint::BigUint;
use sha2::{Digest, Sha512};

use super::spki::oids;
use crate::der::{self, Tlv, tag};

/// Largest prime (in bits) for which y = g^x mod p is computed: bounded work on hostile input.
const MAX_MODPOW_BITS: u32 = 16384;

/// ML-KEM `k` by OID (FIPS 203 Table 2): the encapsulation key sits at 384k..768k+32 of the
/// expanded decapsulation key.
const ML_KEM_K: [(&str, usize); 3] = [
    ("2.16.840.1.101.3.4.4.1", 2),
    ("2.16.840.1.101.3.4.4.2", 3),
    ("2.16.840.1.101.3.4.4.3", 4),
];

/// SLH-DSA security parameter n in bytes, by the last arc of the OID (FIPS 205 Table 2):
/// .20-.23 and .26-.29 are 128- and 192-bit sets, the others 256-bit.
fn slh_dsa_n(oid: &str) -> Option<usize> {
    let arc: u32 = oid.strip_prefix("2.16.840.1.101.3.4.3.")?.parse().ok()?;
    match arc {
        20 | 21 | 26 | 27 => Some(16),
        22 | 23 | 28 | 29 => Some(24),
        24 | 25 | 30 | 31 => Some(32),
        _ => None,
    }
}

/// y = g^x mod p, if the sizes are sane.
fn modpow(g: &[u8], x: &[u8], p: &[u8]) -> Option<Vec<u8>> {
    if der::unsigned_bits(p) > MAX_MODPOW_BITS || der::unsigned_bits(x) > MAX_MODPOW_BITS {
        return None;
    }
    let p = BigUint::from_bytes_be(p);
    if p.bits() < 2 {
        return None;
    }
    let y = BigUint::from_bytes_be(g).modpow(&BigUint::from_bytes_be(x), &p);
    Some(y.to_bytes_be())
}

/// The INTEGERs of `SEQUENCE { p, q, g }` (DSA) or `SEQUENCE { p, g, ... }` (PKCS#3 DH), with the
/// generator picked by `generator_index`.
fn domain(parameters: Option<Tlv<'_>>, generator_index: usize) -> Option<(&[u8], &[u8])> {
    let seq = parameters.filter(|p| p.tag == tag::SEQUENCE)?;
    let integers: Vec<&[u8]> = der::children(seq.content)
        .filter(|t| t.tag == tag::INTEGER)
        .map(|t| t.content)
        .collect();
    Some((*integers.first()?, *integers.get(generator_index)?))
}

/// The public key bits (the SubjectPublicKeyInfo BIT STRING content) of a PKCS#8 private key, given
/// its algorithm OID and parameters and the content of its privateKey OCTET STRING.
pub fn public_key_bits(
    oid: &str,
    parameters: Option<Tlv<'_>>,
    private_key: &[u8],
) -> Option<Vec<u8>> {
    match oid {
        oids::RSA | "1.2.840.113549.1.1.10" => {
            // RSAPrivateKey: version, n, e, ...: the public key is SEQUENCE { n, e }.
            let (seq, _) = der::expect(private_key, tag::SEQUENCE)?;
            let mut ints = der::children(seq.content).filter(|t| t.tag == tag::INTEGER);
            let _version = ints.next()?;
            let n = ints.next()?;
            let e = ints.next()?;
            Some(der::sequence(&[
                &der::unsigned_integer(n.content),
                &der::unsigned_integer(e.content),
            ]))
        }
        oids::EC_PUBLIC_KEY | "1.3.132.1.12" => sec1_public_point(private_key),
        oids::DSA => {
            let (p, g) = domain(parameters, 2)?;
            let (x, _) = der::expect(private_key, tag::INTEGER)?;
            Some(der::unsigned_integer(&modpow(g, x.content, p)?))
        }
        // PKCS#3 dhKeyAgreement (p, g, ...) and X9.42 dhpublicnumber (p, g, q, ...).
        "1.2.840.113549.1.3.1" | "1.2.840.10046.2.1" => {
            let (p, g) = domain(parameters, 1)?;
            let (x, _) = der::expect(private_key, tag::INTEGER)?;
            Some(der::unsigned_integer(&modpow(g, x.content, p)?))
        }
        oids::ED25519 => {
            let seed: [u8; 32] = curve_private_key(private_key)?.try_into().ok()?;
            let hash = Sha512::digest(seed);
            let scalar: [u8; 32] = hash.get(..32)?.try_into().ok()?;
            Some(
                EdwardsPoint::mul_base_clamped(scalar)
                    .compress()
                    .to_bytes()
                    .to_vec(),
            )
        }
        oids::X25519 => {
            let scalar: [u8; 32] = curve_private_key(private_key)?.try_into().ok()?;
            Some(
                MontgomeryPoint::mul_base_clamped(scalar)
                    .to_bytes()
                    .to_vec(),
            )
        }
        _ => {
            if let Some((_, k)) = ML_KEM_K.iter().find(|(o, _)| *o == oid) {
                let expanded = lattice_expanded_key(private_key)?;
                return expanded.get(384 * k..768 * k + 32).map(<[u8]>::to_vec);
            }
            if let Some(n) = slh_dsa_n(oid) {
                // SK.seed || SK.prf || PK.seed || PK.root: the public key is the last 2n bytes.
                let key = match der::expect(private_key, tag::OCTET_STRING) {
                    Some((inner, rest)) if rest.is_empty() && inner.content.len() == 4 * n => {
                        inner.content
                    }
                    _ => private_key,
                };
                return (key.len() == 4 * n)
                    .then(|| key.get(2 * n..).map(<[u8]>::to_vec))
                    .flatten();
            }
            None
        }
    }
}

/// The public point of a SEC1 ECPrivateKey (`[1] publicKey BIT STRING`), when present.
pub fn sec1_public_point(private_key: &[u8]) -> Option<Vec<u8>> {
    let (seq, _) = der::expect(private_key, tag::SEQUENCE)?;
    let public = der::children(seq.content).find(|t| t.tag == 0xa1)?;
    let (bits, _) = der::expect(public.content, tag::BIT_STRING)?;
    bits.content.get(1..).map(<[u8]>::to_vec)
}

/// The named curve OID in a SEC1 ECPrivateKey (`[0] parameters`), when present.
pub fn sec1_curve(private_key: &[u8]) -> Option<Tlv<'_>> {
    let (seq, _) = der::expect(private_key, tag::SEQUENCE)?;
    let parameters = der::children(seq.content).find(|t| t.tag == 0xa0)?;
    der::read(parameters.content).map(|(t, _)| t)
}

/// The raw key inside a CurvePrivateKey (`OCTET STRING`) of RFC 8410.
fn curve_private_key(private_key: &[u8]) -> Option<&[u8]> {
    let (inner, rest) = der::expect(private_key, tag::OCTET_STRING)?;
    rest.is_empty().then_some(inner.content)
}

/// The expanded key of an ML-KEM or ML-DSA private key in its `expandedKey` or `both` form
/// (RFC 9935, RFC 9881); `None` for the seed-only form (`[0] seed`).
fn lattice_expanded_key(private_key: &[u8]) -> Option<&[u8]> {
    let (element, _) = der::read(private_key)?;
    match element.tag {
        tag::OCTET_STRING => Some(element.content),
        tag::SEQUENCE => {
            let mut parts = der::children(element.content);
            let _seed = parts.next().filter(|t| t.tag == tag::OCTET_STRING)?;
            parts
                .next()
                .filter(|t| t.tag == tag::OCTET_STRING)
                .map(|t| t.content)
        }
        _ => None,
    }
}

/// The form of an ML-KEM or ML-DSA private key (`seed`, `expanded`, `both`), for the report.
pub fn lattice_key_form(private_key: &[u8]) -> Option<&'static str> {
    let (element, _) = der::read(private_key)?;
    match element.tag {
        0x80 => Some("seed"),
        tag::OCTET_STRING => Some("expanded"),
        tag::SEQUENCE => Some("both"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computes_ed25519_and_x25519_public_keys() {
        // RFC 8032 section 7.1 test 1: secret key 9d61..., public key d75a98....
        let seed = hex::decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
            .unwrap_or_default();
        let wrapped = der::encode(tag::OCTET_STRING, &seed);
        let public = public_key_bits(oids::ED25519, None, &wrapped);
        assert_eq!(
            public.map(hex::encode).as_deref(),
            Some("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        );
        // RFC 7748 section 6.1: Alice's private key 77076d... has public key 8520f0....
        let scalar =
            hex::decode("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
                .unwrap_or_default();
        let wrapped = der::encode(tag::OCTET_STRING, &scalar);
        let public = public_key_bits(oids::X25519, None, &wrapped);
        assert_eq!(
            public.map(hex::encode).as_deref(),
            Some("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")
        );
    }

    #[test]
    fn computes_finite_field_public_values() {
        // p = 23, g = 5, x = 6: y = 5^6 mod 23 = 8.
        let params = der::sequence(&[&der::unsigned_integer(&[23]), &der::unsigned_integer(&[5])]);
        let (params, _) = der::read(&params).unwrap_or_else(|| panic!("params"));
        let x = der::unsigned_integer(&[6]);
        let y = public_key_bits("1.2.840.113549.1.3.1", Some(params), &x);
        assert_eq!(y, Some(der::unsigned_integer(&[8])));
        // A modulus of zero is refused rather than dividing by it.
        let zero = der::sequence(&[&der::unsigned_integer(&[0]), &der::unsigned_integer(&[5])]);
        let (zero, _) = der::read(&zero).unwrap_or_else(|| panic!("params"));
        assert_eq!(
            public_key_bits("1.2.840.113549.1.3.1", Some(zero), &x),
            None
        );
    }

    #[test]
    fn reads_embedded_public_parts() {
        // SLH-DSA-SHA2-128s: n = 16, the public key is the last 32 of 64 bytes.
        let key: Vec<u8> = (0u8..64).collect();
        let public = public_key_bits(
            "2.16.840.1.101.3.4.3.20",
            None,
            &der::encode(tag::OCTET_STRING, &key),
        );
        assert_eq!(public, Some((32u8..64).collect()));
        // ML-KEM-512 expanded key: ek at 768..1568 of 1632 bytes.
        let expanded: Vec<u8> = (0..1632).map(|i: usize| (i % 251) as u8).collect();
        let public = public_key_bits(
            "2.16.840.1.101.3.4.4.1",
            None,
            &der::encode(tag::OCTET_STRING, &expanded),
        );
        assert_eq!(public.as_deref(), expanded.get(768..1568));
        let seed_only = der::encode(0x80, &[0u8; 64]);
        assert_eq!(
            public_key_bits("2.16.840.1.101.3.4.4.1", None, &seed_only),
            None
        );
        assert_eq!(lattice_key_form(&seed_only), Some("seed"));
    }
}
