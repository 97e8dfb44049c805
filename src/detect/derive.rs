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
use ml_dsa::signature::Keypair;
use ml_kem::kem::KeyExport;
use num_bigint::BigUint;
use sha2::{Digest, Sha512};
use shake::{ExtendableOutput, Shake256, Update, XofReader};

use super::spki::{self, oids};
use crate::der::{self, Tlv, tag};
use crate::registry::Registry;

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
    registry: &Registry,
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
        oids::EC_PUBLIC_KEY | "1.3.132.1.12" => sec1_public_point(private_key).or_else(|| {
            let curve = parameters.or_else(|| sec1_curve(private_key))?;
            ec_point_from_scalar(registry, curve, sec1_scalar(private_key)?)
        }),
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
        oids::ED448 => ed448_public(curve_private_key(private_key)?),
        oids::X448 => x448_public(curve_private_key(private_key)?),
        _ => {
            if let Some((_, k)) = ML_KEM_K.iter().find(|(o, _)| *o == oid) {
                return match lattice_expanded_key(private_key) {
                    Some(expanded) => expanded.get(384 * k..768 * k + 32).map(<[u8]>::to_vec),
                    None => ml_kem_from_seed(*k, lattice_seed(private_key)?),
                };
            }
            if let Some(level) = ml_dsa_level(oid) {
                return ml_dsa_from_seed(level, lattice_seed(private_key)?);
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

/// A point in Jacobian coordinates (x = X/Z^2, y = Y/Z^3); `None` is the point at infinity.
type Jacobian = Option<(BigUint, BigUint, BigUint)>;

/// Arithmetic on a short Weierstrass curve y^2 = x^3 + ax + b over the prime field of p.
struct Weierstrass {
    p: BigUint,
    a: BigUint,
}

impl Weierstrass {
    fn sub(&self, x: &BigUint, y: &BigUint) -> BigUint {
        (x + &self.p - (y % &self.p)) % &self.p
    }

    fn mul(&self, x: &BigUint, y: &BigUint) -> BigUint {
        (x * y) % &self.p
    }

    fn double(&self, point: &Jacobian) -> Jacobian {
        let (x, y, z) = point.as_ref()?;
        if y.bits() == 0 {
            return None;
        }
        let xx = self.mul(x, x);
        let yy = self.mul(y, y);
        let yyyy = self.mul(&yy, &yy);
        let zz = self.mul(z, z);
        let s = self.mul(&BigUint::from(4u8), &self.mul(x, &yy));
        let m =
            (self.mul(&BigUint::from(3u8), &xx) + self.mul(&self.a, &self.mul(&zz, &zz))) % &self.p;
        let x3 = self.sub(&self.mul(&m, &m), &self.mul(&BigUint::from(2u8), &s));
        let y3 = self.sub(
            &self.mul(&m, &self.sub(&s, &x3)),
            &self.mul(&BigUint::from(8u8), &yyyy),
        );
        let z3 = self.mul(&BigUint::from(2u8), &self.mul(y, z));
        Some((x3, y3, z3))
    }

    fn add(&self, left: &Jacobian, right: &Jacobian) -> Jacobian {
        let Some((x1, y1, z1)) = left.as_ref() else {
            return right.clone();
        };
        let Some((x2, y2, z2)) = right.as_ref() else {
            return left.clone();
        };
        let z1z1 = self.mul(z1, z1);
        let z2z2 = self.mul(z2, z2);
        let u1 = self.mul(x1, &z2z2);
        let u2 = self.mul(x2, &z1z1);
        let s1 = self.mul(y1, &self.mul(z2, &z2z2));
        let s2 = self.mul(y2, &self.mul(z1, &z1z1));
        if u1 == u2 {
            return if s1 == s2 { self.double(left) } else { None };
        }
        let h = self.sub(&u2, &u1);
        let r = self.sub(&s2, &s1);
        let hh = self.mul(&h, &h);
        let hhh = self.mul(&h, &hh);
        let u1hh = self.mul(&u1, &hh);
        let x3 = self.sub(
            &self.sub(&self.mul(&r, &r), &hhh),
            &self.mul(&BigUint::from(2u8), &u1hh),
        );
        let y3 = self.sub(&self.mul(&r, &self.sub(&u1hh, &x3)), &self.mul(&s1, &hhh));
        let z3 = self.mul(&h, &self.mul(z1, z2));
        Some((x3, y3, z3))
    }
}

/// The public point `d * G`, uncompressed (`04 || x || y`), on a prime-field curve given by its
/// field prime, coefficient a and uncompressed base point. Not constant-time: it computes public
/// values from keys already lying on disk.
pub fn ec_public_point(p: &[u8], a: &[u8], base: &[u8], scalar: &[u8]) -> Option<Vec<u8>> {
    let width = p.iter().skip_while(|b| **b == 0).count();
    if base.first() != Some(&4) || base.len() != 1 + 2 * width || width == 0 || width > 80 {
        return None;
    }
    let curve = Weierstrass {
        p: BigUint::from_bytes_be(p),
        a: BigUint::from_bytes_be(a),
    };
    let gx = BigUint::from_bytes_be(base.get(1..1 + width)?);
    let gy = BigUint::from_bytes_be(base.get(1 + width..)?);
    let d = BigUint::from_bytes_be(scalar);
    if d.bits() == 0 || d.bits() > 8 * 80 {
        return None;
    }
    let mut result: Jacobian = None;
    let generator: Jacobian = Some((gx, gy, BigUint::from(1u8)));
    for bit in (0..d.bits()).rev() {
        result = curve.double(&result);
        if d.bit(bit) {
            result = curve.add(&result, &generator);
        }
    }
    let (x, y, z) = result?;
    let exponent = &curve.p - BigUint::from(2u8);
    let z_inverse = z.modpow(&exponent, &curve.p);
    let zz = curve.mul(&z_inverse, &z_inverse);
    let affine_x = curve.mul(&x, &zz);
    let affine_y = curve.mul(&y, &curve.mul(&zz, &z_inverse));
    let mut out = vec![4u8];
    for coordinate in [affine_x, affine_y] {
        let bytes = coordinate.to_bytes_be();
        out.extend(std::iter::repeat_n(0u8, width.checked_sub(bytes.len())?));
        out.extend_from_slice(&bytes);
    }
    Some(out)
}

/// The private scalar of a SEC1 ECPrivateKey (`privateKey OCTET STRING`).
pub fn sec1_scalar(private_key: &[u8]) -> Option<&[u8]> {
    let (seq, _) = der::expect(private_key, tag::SEQUENCE)?;
    der::children(seq.content)
        .find(|t| t.tag == tag::OCTET_STRING)
        .map(|t| t.content)
}

/// The public point `d * G` on the curve named by `curve` (an OID resolved through the registry, or
/// explicit parameters carried by the key).
fn ec_point_from_scalar(registry: &Registry, curve: Tlv<'_>, scalar: &[u8]) -> Option<Vec<u8>> {
    match curve.tag {
        tag::OID => {
            let domain = registry
                .curve_by_oid(&der::oid_string(curve.content)?)?
                .domain()?;
            ec_public_point(&domain.p, &domain.a, &domain.base, scalar)
        }
        tag::SEQUENCE => {
            // ECParameters: version, fieldID { prime-field, p }, curve { a, b }, base, order, ...
            spki::explicit_curve(curve)?;
            let mut parts = der::children(curve.content).skip(1);
            let field = parts.next()?;
            let p = der::children(field.content).nth(1)?.content;
            let coefficients = parts.next()?;
            let a = der::children(coefficients.content).next()?.content;
            let base = parts.next().filter(|t| t.tag == tag::OCTET_STRING)?.content;
            ec_public_point(p, a, base, scalar)
        }
        _ => None,
    }
}

/// The prime 2^448 - 2^224 - 1 of Curve448 and edwards448 (RFC 7748, RFC 8032).
fn p448() -> BigUint {
    (BigUint::from(1u8) << 448usize) - (BigUint::from(1u8) << 224usize) - BigUint::from(1u8)
}

fn to_le(value: &BigUint, width: usize) -> Option<Vec<u8>> {
    let mut bytes = value.to_bytes_le();
    if bytes.len() > width {
        return None;
    }
    bytes.resize(width, 0);
    Some(bytes)
}

/// X448 public key from a 56-byte private key: the Montgomery ladder of RFC 7748 section 5 on u = 5.
pub fn x448_public(private_key: &[u8]) -> Option<Vec<u8>> {
    let mut k: [u8; 56] = private_key.try_into().ok()?;
    k[0] &= 252;
    k[55] |= 128;
    let p = p448();
    let scalar = BigUint::from_bytes_le(&k);
    let a24 = BigUint::from(39_081u32);
    let sub = |x: &BigUint, y: &BigUint| (x + &p - y) % &p;
    let x1 = BigUint::from(5u8);
    let (mut x2, mut z2, mut x3, mut z3) = (
        BigUint::from(1u8),
        BigUint::from(0u8),
        x1.clone(),
        BigUint::from(1u8),
    );
    let mut swap = false;
    for t in (0..448u64).rev() {
        let bit = scalar.bit(t);
        if swap != bit {
            std::mem::swap(&mut x2, &mut x3);
            std::mem::swap(&mut z2, &mut z3);
        }
        swap = bit;
        let a = (&x2 + &z2) % &p;
        let aa = (&a * &a) % &p;
        let b = sub(&x2, &z2);
        let bb = (&b * &b) % &p;
        let e = sub(&aa, &bb);
        let c = (&x3 + &z3) % &p;
        let d = sub(&x3, &z3);
        let da = (&d * &a) % &p;
        let cb = (&c * &b) % &p;
        let sum = (&da + &cb) % &p;
        x3 = (&sum * &sum) % &p;
        let difference = sub(&da, &cb);
        z3 = (&x1 * ((&difference * &difference) % &p)) % &p;
        x2 = (&aa * &bb) % &p;
        z2 = (&e * ((&aa + (&a24 * &e) % &p) % &p)) % &p;
    }
    if swap {
        std::mem::swap(&mut x2, &mut x3);
        std::mem::swap(&mut z2, &mut z3);
    }
    let u = (&x2 * z2.modpow(&(&p - BigUint::from(2u8)), &p)) % &p;
    to_le(&u, 56)
}

/// A point of edwards448 in projective coordinates (X : Y : Z).
type Projective = (BigUint, BigUint, BigUint);

/// Ed448 public key from a 57-byte secret (RFC 8032 section 5.2.5): SHAKE256 of the secret, pruned,
/// times the base point of edwards448, encoded.
pub fn ed448_public(secret: &[u8]) -> Option<Vec<u8>> {
    if secret.len() != 57 {
        return None;
    }
    let mut hash = [0u8; 114];
    let mut shake = Shake256::default();
    shake.update(secret);
    shake.finalize_xof().read(&mut hash);
    let mut s: [u8; 57] = hash.get(..57)?.try_into().ok()?;
    s[0] &= 0xfc;
    s[56] = 0;
    s[55] |= 0x80;
    let scalar = BigUint::from_bytes_le(&s);
    let p = p448();
    let d = &p - BigUint::from(39_081u32);
    let sub = |x: &BigUint, y: &BigUint| (x + &p - y) % &p;
    let mul = |x: &BigUint, y: &BigUint| (x * y) % &p;
    let bx: BigUint = "224580040295924300187604334099896036246789641632564134246125461686950415467406032909029192869357953282578032075146446173674602635247710".parse().ok()?;
    let by: BigUint = "298819210078481492676017930443930673437544040154080242095928241372331506189835876003536878655418784733982303233503462500531545062832660".parse().ok()?;
    // The addition formulas of RFC 8032 section 5.2.4 (they also double).
    let add = |(x1, y1, z1): &Projective, (x2, y2, z2): &Projective| -> Projective {
        let a = mul(z1, z2);
        let b = mul(&a, &a);
        let c = mul(x1, x2);
        let dd = mul(y1, y2);
        let e = mul(&d, &mul(&c, &dd));
        let f = sub(&b, &e);
        let g = (&b + &e) % &p;
        let h = mul(&((x1 + y1) % &p), &((x2 + y2) % &p));
        let x3 = mul(&a, &mul(&f, &sub(&sub(&h, &c), &dd)));
        let y3 = mul(&a, &mul(&g, &sub(&dd, &c)));
        let z3 = mul(&f, &g);
        (x3, y3, z3)
    };
    let mut result: Projective = (BigUint::from(0u8), BigUint::from(1u8), BigUint::from(1u8));
    let base: Projective = (bx, by, BigUint::from(1u8));
    for bit in (0..scalar.bits()).rev() {
        result = add(&result, &result);
        if scalar.bit(bit) {
            result = add(&result, &base);
        }
    }
    let (x, y, z) = result;
    let z_inverse = z.modpow(&(&p - BigUint::from(2u8)), &p);
    let x = mul(&x, &z_inverse);
    let y = mul(&y, &z_inverse);
    let mut encoded = to_le(&y, 57)?;
    if x.bit(0)
        && let Some(last) = encoded.last_mut()
    {
        *last |= 0x80;
    }
    Some(encoded)
}

/// ML-DSA parameter set (44, 65, 87) by OID.
fn ml_dsa_level(oid: &str) -> Option<u32> {
    match oid {
        "2.16.840.1.101.3.4.3.17" => Some(44),
        "2.16.840.1.101.3.4.3.18" => Some(65),
        "2.16.840.1.101.3.4.3.19" => Some(87),
        _ => None,
    }
}

/// The seed of an ML-KEM or ML-DSA private key in its `seed` or `both` form.
fn lattice_seed(private_key: &[u8]) -> Option<&[u8]> {
    let (element, _) = der::read(private_key)?;
    match element.tag {
        0x80 => Some(element.content),
        tag::SEQUENCE => der::children(element.content)
            .next()
            .filter(|t| t.tag == tag::OCTET_STRING)
            .map(|t| t.content),
        _ => None,
    }
}

/// The ML-DSA public key generated from a 32-byte seed (FIPS 204 ML-DSA.KeyGen_internal).
fn ml_dsa_from_seed(level: u32, seed: &[u8]) -> Option<Vec<u8>> {
    let seed = ml_dsa::Seed::try_from(seed).ok()?;
    Some(match level {
        44 => ml_dsa::SigningKey::<ml_dsa::MlDsa44>::from_seed(&seed)
            .verifying_key()
            .encode()
            .to_vec(),
        65 => ml_dsa::SigningKey::<ml_dsa::MlDsa65>::from_seed(&seed)
            .verifying_key()
            .encode()
            .to_vec(),
        87 => ml_dsa::SigningKey::<ml_dsa::MlDsa87>::from_seed(&seed)
            .verifying_key()
            .encode()
            .to_vec(),
        _ => return None,
    })
}

/// The ML-KEM encapsulation key generated from a 64-byte seed d || z (FIPS 203 ML-KEM.KeyGen_internal).
fn ml_kem_from_seed(k: usize, seed: &[u8]) -> Option<Vec<u8>> {
    let seed = ml_kem::Seed::try_from(seed).ok()?;
    Some(match k {
        2 => ml_kem::DecapsulationKey::<ml_kem::MlKem512>::from_seed(seed)
            .encapsulation_key()
            .to_bytes()
            .to_vec(),
        3 => ml_kem::DecapsulationKey::<ml_kem::MlKem768>::from_seed(seed)
            .encapsulation_key()
            .to_bytes()
            .to_vec(),
        4 => ml_kem::DecapsulationKey::<ml_kem::MlKem1024>::from_seed(seed)
            .encapsulation_key()
            .to_bytes()
            .to_vec(),
        _ => return None,
    })
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

    fn registry() -> &'static Registry {
        Registry::builtin().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn computes_curve448_public_keys() {
        // RFC 7748 section 6.2: Alice's X448 key.
        let private = hex::decode("9a8f4925d1519f5775cf46b04b5800d4ee9ee8bae8bc5565d498c28dd9c9baf574a9419744897391006382a6f127ab1d9ac2d8c0a598726b").unwrap_or_default();
        assert_eq!(
            x448_public(&private).map(hex::encode).as_deref(),
            Some(
                "9b08f7cc31b7e3e67d22d5aea121074a273bd2b83de09c63faa73d2c22c5d9bbc836647241d953d40c5b12da88120d53177f80e532c41fa0"
            )
        );
        // RFC 8032 section 7.4: the first Ed448 test key ("Blank").
        let secret = hex::decode("6c82a562cb808d10d632be89c8513ebf6c929f34ddfa8c9f63c9960ef6e348a3528c8a3fcc2f044e39a3fc5b94492f8f032e7549a20098f95b").unwrap_or_default();
        assert_eq!(
            ed448_public(&secret).map(hex::encode).as_deref(),
            Some(
                "5fd7449b59b461fd2ce787ec616ad46a1da1342485a70e1f8a0ea75d80e96778edf124769b46c7061bd6783df1e50f6cd1fa1abeafe8256180"
            )
        );
    }

    #[test]
    fn computes_ed25519_and_x25519_public_keys() {
        // RFC 8032 section 7.1 test 1: secret key 9d61..., public key d75a98....
        let seed = hex::decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
            .unwrap_or_default();
        let wrapped = der::encode(tag::OCTET_STRING, &seed);
        let public = public_key_bits(registry(), oids::ED25519, None, &wrapped);
        assert_eq!(
            public.map(hex::encode).as_deref(),
            Some("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        );
        // RFC 7748 section 6.1: Alice's private key 77076d... has public key 8520f0....
        let scalar =
            hex::decode("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
                .unwrap_or_default();
        let wrapped = der::encode(tag::OCTET_STRING, &scalar);
        let public = public_key_bits(registry(), oids::X25519, None, &wrapped);
        assert_eq!(
            public.map(hex::encode).as_deref(),
            Some("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")
        );
    }

    #[test]
    fn computes_ec_public_points() {
        // P-256: 1 * G = G, and the RFC 6979 A.2.5 key x = C9AF...7721 has public point 60FE...B299.
        let p = hex::decode("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff")
            .unwrap_or_default();
        let a = hex::decode("ffffffff00000001000000000000000000000000fffffffffffffffffffffffc")
            .unwrap_or_default();
        let g = hex::decode("046b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c2964fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5").unwrap_or_default();
        assert_eq!(ec_public_point(&p, &a, &g, &[1]), Some(g.clone()));
        let x = hex::decode("c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721")
            .unwrap_or_default();
        let public = ec_public_point(&p, &a, &g, &x).map(hex::encode);
        assert_eq!(
            public.as_deref(),
            Some(
                "0460fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb67903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299"
            )
        );
        assert_eq!(ec_public_point(&p, &a, &g, &[0]), None);
    }

    #[test]
    fn computes_finite_field_public_values() {
        // p = 23, g = 5, x = 6: y = 5^6 mod 23 = 8.
        let params = der::sequence(&[&der::unsigned_integer(&[23]), &der::unsigned_integer(&[5])]);
        let (params, _) = der::read(&params).unwrap_or_else(|| panic!("params"));
        let x = der::unsigned_integer(&[6]);
        let y = public_key_bits(registry(), "1.2.840.113549.1.3.1", Some(params), &x);
        assert_eq!(y, Some(der::unsigned_integer(&[8])));
        // A modulus of zero is refused rather than dividing by it.
        let zero = der::sequence(&[&der::unsigned_integer(&[0]), &der::unsigned_integer(&[5])]);
        let (zero, _) = der::read(&zero).unwrap_or_else(|| panic!("params"));
        assert_eq!(
            public_key_bits(registry(), "1.2.840.113549.1.3.1", Some(zero), &x),
            None
        );
    }

    #[test]
    fn reads_embedded_public_parts() {
        // SLH-DSA-SHA2-128s: n = 16, the public key is the last 32 of 64 bytes.
        let key: Vec<u8> = (0u8..64).collect();
        let public = public_key_bits(
            registry(),
            "2.16.840.1.101.3.4.3.20",
            None,
            &der::encode(tag::OCTET_STRING, &key),
        );
        assert_eq!(public, Some((32u8..64).collect()));
        // ML-KEM-512 expanded key: ek at 768..1568 of 1632 bytes.
        let expanded: Vec<u8> = (0..1632).map(|i: usize| (i % 251) as u8).collect();
        let public = public_key_bits(
            registry(),
            "2.16.840.1.101.3.4.4.1",
            None,
            &der::encode(tag::OCTET_STRING, &expanded),
        );
        assert_eq!(public.as_deref(), expanded.get(768..1568));
        let seed_only = der::encode(0x80, &[0u8; 64]);
        // The seed form is expanded with FIPS 203 key generation: an 800-byte ML-KEM-512 key.
        let from_seed = public_key_bits(registry(), "2.16.840.1.101.3.4.4.1", None, &seed_only);
        assert_eq!(from_seed.map(|k| k.len()), Some(800));
        assert_eq!(lattice_key_form(&seed_only), Some("seed"));
    }
}
