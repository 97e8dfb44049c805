//! Shared reading of public keys (SubjectPublicKeyInfo) and signature algorithm identifiers.
//!
//! Certificates, CSRs, bare public keys and private keys all carry a SubjectPublicKeyInfo or its
//! parts, so the facts about a key (algorithm, modulus bits, curve, fingerprint) are derived here once
//! and resolved through the registry. Unknown OIDs come back as unknown algorithms named by their OID;
//! unknown sizes stay unknown.

use sha2::{Digest, Sha256};

use crate::der::{self, Tlv, tag};
use crate::model::{Algorithm, Asset, Key, KeyIdBasis, KeyKind, Primitive, RsaPublic};
use crate::registry::{ExplicitCurve, Registry, SizedBy};

/// rsaEncryption.
const OID_RSA: &str = oids::RSA;
/// id-RSASSA-PSS, as a key type or a signature algorithm.
const OID_RSASSA_PSS: &str = "1.2.840.113549.1.1.10";
/// prime-field (ANSI X9.62).
const OID_PRIME_FIELD: &str = "1.2.840.10045.1.1";
/// id-sha1, the RSASSA-PSS default hash (RFC 4055).
const OID_SHA1: &str = "1.3.14.3.2.26";

/// What a key is allowed to do, from a certificate's key usage extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyRole {
    /// Nothing says (no key usage extension, or a bare key).
    Unspecified,
    /// Only signing or certifying.
    Signature,
    /// Key transport or key agreement (keyEncipherment, dataEncipherment, keyAgreement).
    KeyEstablishment,
}

/// The facts about one public key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicKeyFacts {
    /// The key's algorithm, sized and in its role.
    pub algorithm: Algorithm,
    /// Key size in bits, when defined for the algorithm.
    pub size_bits: Option<u32>,
    /// Lowercase hex SHA-256 of the DER SubjectPublicKeyInfo.
    pub sha256: String,
    /// RSA modulus and exponent, for the weak-key checks.
    pub rsa: Option<RsaPublic>,
}

impl PublicKeyFacts {
    /// The key's algorithm as an asset, and the key (of the given kind and format) that refers to it.
    /// The caller may add a native fingerprint or protection before wrapping it with
    /// [`Asset::key`].
    pub fn into_key(self, kind: KeyKind, format: &str) -> (Asset, Key) {
        let algorithm = Asset::algorithm(self.algorithm);
        let key = Key {
            kind,
            algorithm: Some(algorithm.id.clone()),
            size_bits: self.size_bits,
            format: format.to_owned(),
            id_basis: KeyIdBasis::Spki,
            fingerprint: self.sha256,
            native_fingerprint: None,
            protection: None,
            rsa: self.rsa,
            weaknesses: Vec::new(),
        };
        (algorithm, key)
    }
}

/// OIDs of the public key algorithms whose SubjectPublicKeyInfo other formats' keys are turned into.
pub mod oids {
    /// rsaEncryption.
    pub const RSA: &str = "1.2.840.113549.1.1.1";
    /// id-dsa.
    pub const DSA: &str = "1.2.840.10040.4.1";
    /// id-ecPublicKey.
    pub const EC_PUBLIC_KEY: &str = "1.2.840.10045.2.1";
    /// id-X25519.
    pub const X25519: &str = "1.3.101.110";
    /// id-X448.
    pub const X448: &str = "1.3.101.111";
    /// id-Ed25519.
    pub const ED25519: &str = "1.3.101.112";
    /// id-Ed448.
    pub const ED448: &str = "1.3.101.113";
}

/// Builds a DER SubjectPublicKeyInfo from an algorithm OID, its encoded parameters (if any) and the
/// key bytes, so keys found in other formats (OpenSSH, OpenPGP, PKCS#1, private keys) get the same
/// fingerprint as the same key in a certificate. `None` if the OID text is not an OID.
pub fn build_spki(algorithm_oid: &str, parameters: Option<&[u8]>, key: &[u8]) -> Option<Vec<u8>> {
    let oid = der::oid(algorithm_oid)?;
    let algorithm = match parameters {
        Some(p) => der::sequence(&[&oid, p]),
        None => der::sequence(&[&oid]),
    };
    Some(der::sequence(&[&algorithm, &der::bit_string(key)]))
}

/// The SubjectPublicKeyInfo of an RSA key (rsaEncryption with NULL parameters, as RFC 3279 says).
pub fn rsa_spki(modulus: &[u8], exponent: &[u8]) -> Vec<u8> {
    let key = der::sequence(&[
        &der::unsigned_integer(modulus),
        &der::unsigned_integer(exponent),
    ]);
    build_spki(oids::RSA, Some(&[tag::NULL, 0]), &key).unwrap_or_default()
}

/// The SubjectPublicKeyInfo of a DSA key: id-dsa with `Dss-Parms { p, q, g }` and the INTEGER y
/// (RFC 3279 2.3.2).
pub fn dsa_spki(p: &[u8], q: &[u8], g: &[u8], y: &[u8]) -> Option<Vec<u8>> {
    let parameters = der::sequence(&[
        &der::unsigned_integer(p),
        &der::unsigned_integer(q),
        &der::unsigned_integer(g),
    ]);
    build_spki(oids::DSA, Some(&parameters), &der::unsigned_integer(y))
}

/// The SubjectPublicKeyInfo of an EC key on a named curve (uncompressed or compressed point).
pub fn ec_spki(curve_oid: &str, point: &[u8]) -> Option<Vec<u8>> {
    let curve = der::oid(curve_oid)?;
    build_spki(oids::EC_PUBLIC_KEY, Some(&curve), point)
}

/// Strips leading zero bytes from a big-endian unsigned integer.
pub fn trim_unsigned(bytes: &[u8]) -> Vec<u8> {
    let start = bytes.iter().position(|b| *b != 0).unwrap_or(bytes.len());
    bytes.get(start..).unwrap_or_default().to_vec()
}

/// Lowercase hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The numbers of a DER RSAPublicKey (`SEQUENCE { modulus INTEGER, publicExponent INTEGER }`).
pub fn rsa_public_numbers(key: &[u8]) -> Option<RsaPublic> {
    let (seq, _) = der::expect(key, tag::SEQUENCE)?;
    let mut parts = der::children(seq.content);
    let modulus = parts.next().filter(|t| t.tag == tag::INTEGER)?;
    let exponent = parts.next().filter(|t| t.tag == tag::INTEGER)?;
    Some(RsaPublic {
        modulus: trim_unsigned(modulus.content),
        exponent: trim_unsigned(exponent.content),
    })
}

/// Length of the prime `p` in DSA (`p, q, g`) or DH (`p, g, [q]`) domain parameters.
fn prime_bits(parameters: Option<Tlv<'_>>) -> Option<u32> {
    let seq = parameters.filter(|p| p.tag == tag::SEQUENCE)?;
    let p = der::children(seq.content)
        .next()
        .filter(|t| t.tag == tag::INTEGER)?;
    Some(der::unsigned_bits(p.content))
}

/// An AlgorithmIdentifier: `SEQUENCE { algorithm OID, parameters ANY OPTIONAL }`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlgorithmIdentifier<'a> {
    /// The algorithm OID, dotted.
    pub oid: String,
    /// The parameters element, if present.
    pub parameters: Option<Tlv<'a>>,
}

impl<'a> AlgorithmIdentifier<'a> {
    /// Reads an AlgorithmIdentifier from a SEQUENCE element.
    pub fn from_tlv(sequence: Tlv<'a>) -> Option<Self> {
        if sequence.tag != tag::SEQUENCE {
            return None;
        }
        let mut parts = der::children(sequence.content);
        let oid = parts.next().filter(|t| t.tag == tag::OID)?;
        Some(AlgorithmIdentifier {
            oid: der::oid_string(oid.content)?,
            parameters: parts.next(),
        })
    }
}

/// Describes a DER SubjectPublicKeyInfo: algorithm, size or curve, fingerprint. Returns `None` when
/// the bytes are not an SPKI.
pub fn describe_spki(
    registry: &Registry,
    spki_der: &[u8],
    role: KeyRole,
) -> Option<PublicKeyFacts> {
    let (spki, _) = der::expect(spki_der, tag::SEQUENCE)?;
    let mut parts = der::children(spki.content);
    let algorithm = AlgorithmIdentifier::from_tlv(parts.next()?)?;
    let bits = parts.next().filter(|t| t.tag == tag::BIT_STRING)?;
    // The first content octet of a BIT STRING counts unused bits; keys use whole octets.
    let key_bytes = bits.content.get(1..)?;
    Some(describe_public_key(
        registry, &algorithm, key_bytes, spki_der, role,
    ))
}

/// Describes a public key from its AlgorithmIdentifier and key bytes; `spki_der` is fingerprinted.
pub fn describe_public_key(
    registry: &Registry,
    algorithm_id: &AlgorithmIdentifier<'_>,
    key_bytes: &[u8],
    spki_der: &[u8],
    role: KeyRole,
) -> PublicKeyFacts {
    let sha256 = sha256_hex(spki_der);
    // An RSASSA-PSS key is an RSA key restricted to PSS signatures.
    let (lookup_oid, role) = if algorithm_id.oid == OID_RSASSA_PSS {
        (OID_RSA, KeyRole::Signature)
    } else {
        (algorithm_id.oid.as_str(), role)
    };
    let Some(definition) = registry.by_oid(lookup_oid) else {
        return PublicKeyFacts {
            algorithm: registry.unknown_oid(&algorithm_id.oid, Primitive::Unknown),
            size_bits: None,
            sha256,
            rsa: None,
        };
    };
    let rsa = (lookup_oid == OID_RSA)
        .then(|| rsa_public_numbers(key_bytes))
        .flatten();
    let (mut algorithm, size_bits) = match definition.sized_by() {
        Some(SizedBy::Modulus) => {
            let bits = if lookup_oid == OID_RSA {
                rsa.as_ref().map(|r| der::unsigned_bits(&r.modulus))
            } else {
                prime_bits(algorithm_id.parameters)
            };
            (definition.with_modulus(bits), bits)
        }
        Some(SizedBy::Curve) => {
            // EC keys used for key agreement are ECDH keys; otherwise ECDSA (the registry default).
            let definition = match role {
                KeyRole::KeyEstablishment => registry.by_name("ECDH").unwrap_or(definition),
                _ => definition,
            };
            let named = algorithm_id
                .parameters
                .filter(|p| p.tag == tag::OID)
                .and_then(|oid| der::oid_string(oid.content));
            match named {
                Some(curve_oid) => match registry.curve_by_oid(&curve_oid) {
                    Some(curve) => (definition.on_curve(curve), Some(curve.order_bits())),
                    None => (definition.on_unknown_curve(&curve_oid), None),
                },
                // Explicit parameters name a known curve when p, a, b and the order all match;
                // otherwise the curve stays unknown (its strength too: explicit parameters are how
                // weak or spoofed curves arrive, as in CVE-2020-0601), with the order's size as fact.
                None => match algorithm_id.parameters.and_then(explicit_curve) {
                    Some(explicit) => match registry.curve_by_parameters(&explicit) {
                        Some(curve) => (definition.on_curve(curve), Some(curve.order_bits())),
                        None => (
                            definition.on_unknown_curve("explicit"),
                            Some(explicit.order_bits()),
                        ),
                    },
                    None => (definition.on_unknown_curve("explicit"), None),
                },
            }
        }
        None => {
            let algorithm = definition.algorithm();
            // Curve-bound fixed algorithms (Ed25519, X448, ...) have a defined raw key length.
            let size = algorithm
                .curve
                .as_ref()
                .and_then(|_| u32::try_from(key_bytes.len()).ok())
                .map(|len| len.saturating_mul(8));
            (algorithm, size)
        }
    };
    if lookup_oid == OID_RSA {
        algorithm = match role {
            KeyRole::Signature => definition.in_role(algorithm, Primitive::Signature),
            KeyRole::KeyEstablishment => definition.in_role(algorithm, Primitive::Pke),
            KeyRole::Unspecified => algorithm,
        };
    }
    PublicKeyFacts {
        algorithm,
        size_bits,
        sha256,
        rsa,
    }
}

/// Reads explicit prime-field ECParameters (RFC 3279: `SEQUENCE { version, fieldID { prime-field, p },
/// curve { a, b, seed OPTIONAL }, base, order, cofactor OPTIONAL }`).
pub fn explicit_curve(parameters: Tlv<'_>) -> Option<ExplicitCurve> {
    if parameters.tag != tag::SEQUENCE {
        return None;
    }
    let mut parts = der::children(parameters.content);
    let _version = parts.next().filter(|t| t.tag == tag::INTEGER)?;
    let field = parts.next().filter(|t| t.tag == tag::SEQUENCE)?;
    let mut field_parts = der::children(field.content);
    let field_type = field_parts.next().filter(|t| t.tag == tag::OID)?;
    if der::oid_string(field_type.content).as_deref() != Some(OID_PRIME_FIELD) {
        return None;
    }
    let p = field_parts.next().filter(|t| t.tag == tag::INTEGER)?;
    let curve = parts.next().filter(|t| t.tag == tag::SEQUENCE)?;
    let mut coefficients = der::children(curve.content);
    let a = coefficients.next().filter(|t| t.tag == tag::OCTET_STRING)?;
    let b = coefficients.next().filter(|t| t.tag == tag::OCTET_STRING)?;
    let _base = parts.next().filter(|t| t.tag == tag::OCTET_STRING)?;
    let order = parts.next().filter(|t| t.tag == tag::INTEGER)?;
    Some(ExplicitCurve::from_bytes(
        p.content,
        a.content,
        b.content,
        order.content,
    ))
}

/// Resolves a signature AlgorithmIdentifier to an algorithm. RSASSA-PSS parameters name the hash
/// (`RSA-PSS-SHA-256`); absent parameters mean SHA-1 (RFC 4055).
pub fn signature_algorithm(
    registry: &Registry,
    algorithm_id: &AlgorithmIdentifier<'_>,
) -> Algorithm {
    let oid = algorithm_id.oid.as_str();
    let Some(definition) = registry.by_oid(oid) else {
        return registry.unknown_oid(oid, Primitive::Signature);
    };
    let mut algorithm = definition.algorithm();
    if oid == OID_RSASSA_PSS {
        let hash_oid = pss_hash_oid(algorithm_id.parameters).unwrap_or_else(|| OID_SHA1.to_owned());
        let specific = registry
            .by_oid(&hash_oid)
            .and_then(|hash| registry.by_name(&format!("{}-{}", definition.name(), hash.name())));
        if let Some(specific) = specific {
            algorithm = specific.algorithm();
            algorithm.oid = Some(oid.to_owned());
        }
    }
    algorithm
}

/// The hash OID inside RSASSA-PSS-params (`[0] hashAlgorithm`, SHA-1 by default).
fn pss_hash_oid(parameters: Option<Tlv<'_>>) -> Option<String> {
    let Some(params) = parameters.filter(|p| p.tag == tag::SEQUENCE) else {
        return Some(OID_SHA1.to_owned());
    };
    match der::children(params.content).next() {
        Some(first) if first.tag == 0xa0 => {
            let (hash_alg, _) = der::read(first.content)?;
            Some(AlgorithmIdentifier::from_tlv(hash_alg)?.oid)
        }
        _ => Some(OID_SHA1.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry() -> &'static Registry {
        Registry::builtin().unwrap_or_else(|e| panic!("{e}"))
    }

    fn tlv(bytes: &[u8]) -> Tlv<'_> {
        der::read(bytes)
            .map(|(t, _)| t)
            .unwrap_or_else(|| panic!("bad test DER"))
    }

    #[test]
    fn pss_parameters_name_the_hash() {
        // RSASSA-PSS-params with hashAlgorithm sha256, mgf1 sha256, salt 32.
        let params = hex::decode("3034a00f300d06096086480165030402010500a11c301a06092a864886f70d010108300d06096086480165030402010500a203020120")
            .unwrap_or_default();
        assert_eq!(
            pss_hash_oid(Some(tlv(&params))).as_deref(),
            Some("2.16.840.1.101.3.4.2.1")
        );
        let pss = |parameters| AlgorithmIdentifier {
            oid: OID_RSASSA_PSS.to_owned(),
            parameters,
        };
        let algorithm = signature_algorithm(registry(), &pss(Some(tlv(&params))));
        assert_eq!(algorithm.name, "RSA-PSS-SHA-256");
        assert_eq!(algorithm.oid.as_deref(), Some(OID_RSASSA_PSS));
        let defaults = signature_algorithm(registry(), &pss(Some(tlv(&[0x30, 0x00]))));
        assert_eq!(defaults.name, "RSA-PSS-SHA-1");
        let absent = signature_algorithm(registry(), &pss(None));
        assert_eq!(absent.name, "RSA-PSS-SHA-1");
    }

    #[test]
    fn unknown_signature_oids_stay_unknown() {
        let id = AlgorithmIdentifier {
            oid: "1.3.6.1.4.1.99999.1".to_owned(),
            parameters: None,
        };
        let algorithm = signature_algorithm(registry(), &id);
        assert_eq!(algorithm.name, "1.3.6.1.4.1.99999.1");
        assert!(!algorithm.is_known());
    }

    #[test]
    fn rsa_role_sets_the_primitive() {
        // SPKI { { rsaEncryption, NULL }, BIT STRING { RSAPublicKey { 0x01ff, 3 } } }
        let spki = hex::decode("301b300d06092a864886f70d0101010500030a003007020201ff020103")
            .unwrap_or_default();
        let facts =
            describe_spki(registry(), &spki, KeyRole::Signature).unwrap_or_else(|| panic!("spki"));
        assert_eq!(facts.algorithm.name, "RSA-9");
        assert_eq!(facts.size_bits, Some(9));
        assert_eq!(facts.algorithm.primitive, Primitive::Signature);
        assert_eq!(facts.sha256, sha256_hex(&spki));
        let facts = describe_spki(registry(), &spki, KeyRole::KeyEstablishment)
            .unwrap_or_else(|| panic!("spki"));
        assert_eq!(facts.algorithm.primitive, Primitive::Pke);
        assert!(describe_spki(registry(), &spki[..10], KeyRole::Signature).is_none());
    }

    #[test]
    fn built_spkis_match_parsed_ones() {
        // The same RSA key as in `rsa_role_sets_the_primitive`, built from its numbers.
        let expected = hex::decode("301b300d06092a864886f70d0101010500030a003007020201ff020103")
            .unwrap_or_default();
        assert_eq!(rsa_spki(&[0x01, 0xff], &[0x03]), expected);
        let ed25519 = build_spki(oids::ED25519, None, &[7u8; 32]).unwrap_or_default();
        let facts = describe_spki(registry(), &ed25519, KeyRole::Unspecified)
            .unwrap_or_else(|| panic!("spki"));
        assert_eq!(
            (facts.algorithm.name.as_str(), facts.size_bits),
            ("Ed25519", Some(256))
        );
        let point = [4u8; 65];
        let p256 = ec_spki("1.2.840.10045.3.1.7", &point).unwrap_or_default();
        let facts = describe_spki(registry(), &p256, KeyRole::Unspecified)
            .unwrap_or_else(|| panic!("spki"));
        assert_eq!(
            (facts.algorithm.name.as_str(), facts.size_bits),
            ("ECDSA-P-256", Some(256))
        );
    }

    #[test]
    fn explicit_curve_parameters_name_their_curve() {
        // openssl ecparam -name prime256v1 -param_enc explicit -genkey | openssl pkey -pubout
        let p256 = hex::decode("3082014b3082010306072a8648ce3d02013081f7020101302c06072a8648ce3d0101022100ffffffff00000001000000000000000000000000ffffffffffffffffffffffff305b0420ffffffff00000001000000000000000000000000fffffffffffffffffffffffc04205ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b031500c49d360886e704936a6678e1139d26b7819f7e900441046b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c2964fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5022100ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc6325510201010342000435a62340694eb3b93a96778f3f6907bf2c146a321c9bd0a7d859c7967985964cc5e815127c42aa85b23b8588e70f816de0eca2d6ae43ff4ed2585a29778d8a69").unwrap_or_default();
        let facts = describe_spki(registry(), &p256, KeyRole::Unspecified)
            .unwrap_or_else(|| panic!("spki"));
        assert_eq!(
            (facts.algorithm.name.as_str(), facts.size_bits),
            ("ECDSA-P-256", Some(256))
        );
        // brainpoolP256t1 shares p and the order with brainpoolP256r1; the coefficients tell them apart.
        let t1 = hex::decode("308201333081ec06072a8648ce3d02013081e0020101302c06072a8648ce3d0101022100a9fb57dba1eea9bc3e660a909d838d726e3bf623d52620282013481d1f6e537730440420a9fb57dba1eea9bc3e660a909d838d726e3bf623d52620282013481d1f6e53740420662c61c430d84ea4fe66a7733d0b76b7bf93ebc4af2f49256ae58101fee92b04044104a3e8eb3cc1cfe7b7732213b23a656149afa142c47aafbc2b79a191562e1305f42d996c823439c56d7f7b22e14644417e69bcb6de39d027001dabe8f35b25c9be022100a9fb57dba1eea9bc3e660a909d838d718c397aa3b561a6f7901e0e82974856a7020101034200048eda806baec10f141115490afc5f9eaff5bade15b8471f75ece22cbdfb18bf1292f9754248675241b0c8d10439d766124f6dee7076846e1f6172fb9e1ed6b69e").unwrap_or_default();
        let facts =
            describe_spki(registry(), &t1, KeyRole::Unspecified).unwrap_or_else(|| panic!("spki"));
        assert_eq!(facts.algorithm.name, "ECDSA-brainpoolP256t1");
        // Change one byte of b: an unknown curve keeps its order size but no strength.
        let mut odd = p256.clone();
        let b_at = odd
            .windows(4)
            .position(|w| w == [0x5a, 0xc6, 0x35, 0xd8])
            .unwrap_or(0);
        odd[b_at] ^= 1;
        let facts =
            describe_spki(registry(), &odd, KeyRole::Unspecified).unwrap_or_else(|| panic!("spki"));
        assert_eq!(facts.algorithm.name, "ECDSA-explicit");
        assert_eq!(
            (facts.size_bits, facts.algorithm.classical_bits),
            (Some(256), None)
        );
    }

    #[test]
    fn unknown_key_oids_stay_unknown() {
        // SPKI { { 2.999.1 }, BIT STRING { 00 aa } }
        let spki = [
            0x30, 0x0b, 0x30, 0x05, 0x06, 0x03, 0x88, 0x37, 0x01, 0x03, 0x02, 0x00, 0xaa,
        ];
        let facts = describe_spki(registry(), &spki, KeyRole::Unspecified)
            .unwrap_or_else(|| panic!("spki"));
        assert!(!facts.algorithm.is_known());
        assert_eq!(facts.size_bits, None);
    }
}
