//! Password-based protection of keys and keystores: what protects a key at rest, read from the
//! encryption parameters without any password.
//!
//! Covers PKCS#5 PBES2 (PBKDF2 with its PRF, or scrypt, and the cipher), PKCS#5 PBES1, the PKCS#12
//! PBE schemes, and OpenSSL's legacy PEM encryption (`Proc-Type: 4,ENCRYPTED` with `DEK-Info`).
//! Each becomes a scheme algorithm with its parts (KDF, PRF, cipher), all resolved through the
//! registry, and a readable description with the parameters (iterations, salt length, scrypt cost),
//! so a weak protection (PBES1 with MD5 and DES, 2048 PBKDF2 iterations) is visible and scored.

use super::spki::AlgorithmIdentifier;
use super::{Place, Sink};
use crate::der::{self, Tlv, tag};
use crate::model::{Algorithm, Asset, Primitive, Protection};
use crate::registry::Registry;

/// id-PBES2.
const OID_PBES2: &str = "1.2.840.113549.1.5.13";
/// id-PBKDF2.
const OID_PBKDF2: &str = "1.2.840.113549.1.5.12";
/// id-scrypt.
const OID_SCRYPT: &str = "1.3.6.1.4.1.11591.4.11";
/// hmacWithSHA1, the PBKDF2 default PRF (RFC 8018).
const OID_HMAC_SHA1: &str = "1.2.840.113549.2.7";

/// Iterations below which PBKDF2 is weak (SP 800-132 section 5.2 asks for at least 1,000).
const MIN_PBKDF2_ITERATIONS: u64 = 1000;

/// A protection as found: its algorithms (not yet assets) and a description.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProtectionFacts {
    /// The scheme (PBES2, a PBES1 or PKCS#12 PBE scheme, the cipher of legacy PEM encryption).
    pub scheme: Algorithm,
    /// KDF, PRF and cipher, in that order, where they are separate from the scheme.
    pub parts: Vec<Algorithm>,
    /// What protects the key, with its parameters.
    pub description: String,
}

impl ProtectionFacts {
    /// Reports the scheme and its parts as algorithm assets at `place` and returns the protection
    /// that refers to them.
    pub fn report(self, place: &Place, sink: &mut Sink<'_>) -> Protection {
        let scheme = Asset::algorithm(self.scheme);
        let scheme_id = scheme.id.clone();
        let mut at = place.clone();
        at.context = Some(format!("protection: {}", self.description));
        sink.found(scheme, at.clone());
        let mut parts = Vec::with_capacity(self.parts.len());
        for part in self.parts {
            let asset = Asset::algorithm(part);
            parts.push(asset.id.clone());
            sink.found(asset, at.clone());
        }
        Protection {
            scheme: scheme_id,
            parts,
            description: self.description,
        }
    }
}

fn named(registry: &Registry, name: &str, primitive: Primitive) -> Algorithm {
    registry
        .by_name(name)
        .map_or_else(|| registry.unknown_name(name, primitive), |d| d.algorithm())
}

fn by_oid(registry: &Registry, oid: &str, primitive: Primitive) -> Algorithm {
    registry
        .by_oid(oid)
        .map_or_else(|| registry.unknown_oid(oid, primitive), |d| d.algorithm())
}

/// The unsigned value of a small INTEGER, if it fits in 64 bits.
pub fn small_integer(tlv: Tlv<'_>) -> Option<u64> {
    if tlv.tag != tag::INTEGER
        || tlv.content.len() > 9
        || tlv.content.first().is_some_and(|b| b & 0x80 != 0)
    {
        return None;
    }
    let significant = tlv.content.iter().skip_while(|b| **b == 0);
    let mut value = 0u64;
    for b in significant {
        value = value.checked_mul(256)?.checked_add(u64::from(*b))?;
    }
    Some(value)
}

/// Groups thousands (`1,000,000`) for readable counts; also used by the HTML report.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `SEQUENCE { salt OCTET STRING, iterations INTEGER }` as PBES1 and PKCS#12 PBE use it.
fn salt_and_iterations(parameters: Option<Tlv<'_>>) -> Option<(usize, u64)> {
    let params = parameters.filter(|p| p.tag == tag::SEQUENCE)?;
    let mut parts = der::children(params.content);
    let salt = parts.next().filter(|t| t.tag == tag::OCTET_STRING)?;
    let iterations = small_integer(parts.next()?)?;
    Some((salt.content.len(), iterations))
}

/// Reads the protection named by an encryption AlgorithmIdentifier (of an EncryptedPrivateKeyInfo, a
/// PKCS#12 bag or encrypted data).
pub fn from_algorithm(registry: &Registry, algorithm: &AlgorithmIdentifier<'_>) -> ProtectionFacts {
    if algorithm.oid == OID_PBES2 {
        return pbes2(registry, algorithm.parameters);
    }
    let scheme = by_oid(registry, &algorithm.oid, Primitive::Other);
    let description = match salt_and_iterations(algorithm.parameters) {
        Some((salt, iterations)) => format!(
            "{}, {} iterations, {salt}-byte salt",
            scheme.name,
            grouped(iterations)
        ),
        None => scheme.name.clone(),
    };
    ProtectionFacts {
        scheme,
        parts: Vec::new(),
        description,
    }
}

/// PBES2-params: `SEQUENCE { keyDerivationFunc AlgorithmIdentifier, encryptionScheme
/// AlgorithmIdentifier }` (RFC 8018 appendix A.4).
fn pbes2(registry: &Registry, parameters: Option<Tlv<'_>>) -> ProtectionFacts {
    let scheme = by_oid(registry, OID_PBES2, Primitive::Other);
    let mut parts = Vec::new();
    let mut described = Vec::new();
    let params = parameters.filter(|p| p.tag == tag::SEQUENCE);
    let mut elements = params
        .map(|p| der::children(p.content))
        .into_iter()
        .flatten();
    let kdf = elements.next().and_then(AlgorithmIdentifier::from_tlv);
    let cipher = elements.next().and_then(AlgorithmIdentifier::from_tlv);
    match kdf {
        Some(kdf) if kdf.oid == OID_PBKDF2 => {
            // PBKDF2-params: salt, iterationCount, keyLength OPTIONAL, prf DEFAULT hmacWithSHA1.
            let fields: Vec<Tlv<'_>> = kdf
                .parameters
                .filter(|p| p.tag == tag::SEQUENCE)
                .map(|p| der::children(p.content).collect())
                .unwrap_or_default();
            let iterations = fields.get(1).copied().and_then(small_integer);
            let prf = fields
                .iter()
                .skip(2)
                .find(|t| t.tag == tag::SEQUENCE)
                .and_then(|t| AlgorithmIdentifier::from_tlv(*t))
                .map_or_else(|| OID_HMAC_SHA1.to_owned(), |a| a.oid);
            let prf_algorithm = by_oid(registry, &prf, Primitive::Mac);
            let hash = prf_algorithm.name.strip_prefix("HMAC-").map(str::to_owned);
            let kdf_algorithm = match &hash {
                Some(hash) => named(registry, &format!("PBKDF2-{hash}"), Primitive::Kdf),
                None => by_oid(registry, OID_PBKDF2, Primitive::Kdf),
            };
            let mut text = kdf_algorithm.name.clone();
            if let Some(iterations) = iterations {
                text.push_str(&format!(", {} iterations", grouped(iterations)));
                if iterations < MIN_PBKDF2_ITERATIONS {
                    text.push_str(" (below the 1,000 minimum of SP 800-132)");
                }
            }
            described.push(text);
            parts.push(kdf_algorithm);
            parts.push(prf_algorithm);
        }
        Some(kdf) if kdf.oid == OID_SCRYPT => {
            // scrypt-params: salt, costParameter N, blockSize r, parallelizationParameter p.
            let fields: Vec<Option<u64>> = kdf
                .parameters
                .filter(|p| p.tag == tag::SEQUENCE)
                .map(|p| {
                    der::children(p.content)
                        .skip(1)
                        .take(3)
                        .map(small_integer)
                        .collect()
                })
                .unwrap_or_default();
            let algorithm = by_oid(registry, OID_SCRYPT, Primitive::Kdf);
            let text = match fields.as_slice() {
                [Some(n), Some(r), Some(p)] => format!("{} (N={n}, r={r}, p={p})", algorithm.name),
                _ => algorithm.name.clone(),
            };
            described.push(text);
            parts.push(algorithm);
        }
        Some(kdf) => {
            let algorithm = by_oid(registry, &kdf.oid, Primitive::Kdf);
            described.push(algorithm.name.clone());
            parts.push(algorithm);
        }
        None => described.push("unreadable key derivation parameters".to_owned()),
    }
    match cipher {
        Some(cipher) => {
            let algorithm = by_oid(registry, &cipher.oid, Primitive::BlockCipher);
            described.push(algorithm.name.clone());
            parts.push(algorithm);
        }
        None => described.push("unreadable encryption scheme".to_owned()),
    }
    ProtectionFacts {
        description: format!("{}: {}", scheme.name, described.join(", ")),
        scheme,
        parts,
    }
}

/// OpenSSL's legacy PEM encryption: `DEK-Info: <cipher>,<IV>` with a key from `EVP_BytesToKey`
/// (MD5, one iteration), the weakest password-based protection still in common use.
pub fn from_dek_info(registry: &Registry, dek_info: &str) -> ProtectionFacts {
    let cipher_name = dek_info.split(',').next().unwrap_or_default().trim();
    let cipher = named(registry, cipher_name, Primitive::BlockCipher);
    let kdf = named(registry, "PBKDF1", Primitive::Kdf);
    let md5 = named(registry, "MD5", Primitive::Hash);
    ProtectionFacts {
        description: format!(
            "OpenSSL legacy PEM encryption: {} with a key from EVP_BytesToKey (MD5, 1 iteration)",
            cipher.name
        ),
        scheme: cipher,
        parts: vec![kdf, md5],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry() -> &'static Registry {
        Registry::builtin().unwrap_or_else(|e| panic!("{e}"))
    }

    fn check(algorithm_identifier_hex: &str, scheme: &str, parts: &[&str], description: &str) {
        let bytes = hex::decode(algorithm_identifier_hex).unwrap_or_default();
        let (tlv, _) = der::read(&bytes).unwrap_or_else(|| panic!("test DER"));
        let id =
            AlgorithmIdentifier::from_tlv(tlv).unwrap_or_else(|| panic!("algorithm identifier"));
        let facts = from_algorithm(registry(), &id);
        assert_eq!(facts.scheme.name, scheme);
        let names: Vec<&str> = facts.parts.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, parts);
        assert_eq!(facts.description, description);
    }

    #[test]
    fn reads_pbes2_with_pbkdf2_and_aes() {
        // openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256 -iter 2048
        check(
            "305706092a864886f70d01050d304a302906092a864886f70d01050c301c040876704a68e89e25a602020800300c06082a864886f70d02090500301d060960864801650304012a0410afa9364ec96306df4bbf1e80107c56b8",
            "PBES2",
            &["PBKDF2-SHA-256", "HMAC-SHA-256", "AES-256-CBC"],
            "PBES2: PBKDF2-SHA-256, 2,048 iterations, AES-256-CBC",
        );
        // openssl pkcs8 -topk8 -scrypt
        check(
            "304f06092a864886f70d01050d3042302106092b06010401da47040b30140408f6eedb34c85ad80702024000020108020101301d060960864801650304012a0410afc4ef8074d91ddd65838dc4157bbec0",
            "PBES2",
            &["scrypt", "AES-256-CBC"],
            "PBES2: scrypt (N=16384, r=8, p=1), AES-256-CBC",
        );
    }

    #[test]
    fn pbkdf2_defaults_to_hmac_sha1_and_flags_few_iterations() {
        // openssl pkcs8 -topk8 -v2 des3 -iter 100, with the PRF removed (so the default applies)
        check(
            "303f06092a864886f70d01050d3032301a06092a864886f70d01050c300d040840e4b33ec3ee0807020164301406082a864886f70d030704083df466ec752287a5",
            "PBES2",
            &["PBKDF2-SHA-1", "HMAC-SHA-1", "3DES-168-CBC"],
            "PBES2: PBKDF2-SHA-1, 100 iterations (below the 1,000 minimum of SP 800-132), 3DES-168-CBC",
        );
    }

    #[test]
    fn reads_pbes1_and_pkcs12_schemes() {
        // openssl pkcs8 -topk8 -v1 PBE-MD5-DES -iter 2048
        check(
            "301b06092a864886f70d010503300e040866494a7b6f5676d102020800",
            "PBES1-DES-CBC-MD5",
            &[],
            "PBES1-DES-CBC-MD5, 2,048 iterations, 8-byte salt",
        );
        // openssl pkcs8 -topk8 -v1 PBE-SHA1-RC2-40 -iter 2048
        check(
            "301c060a2a864886f70d010c0106300e04085dbaed681626b08702020800",
            "PKCS12-PBE-SHA-1-RC2-40-CBC",
            &[],
            "PKCS12-PBE-SHA-1-RC2-40-CBC, 2,048 iterations, 8-byte salt",
        );
    }

    #[test]
    fn reads_legacy_pem_encryption() {
        let facts = from_dek_info(registry(), "AES-128-CBC,00112233445566778899AABBCCDDEEFF");
        assert_eq!(facts.scheme.name, "AES-128-CBC");
        let names: Vec<&str> = facts.parts.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["PBKDF1", "MD5"]);
        let facts = from_dek_info(registry(), "DES-EDE3-CBC,0011223344556677");
        assert_eq!(facts.scheme.name, "3DES-168-CBC");
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(grouped(7), "7");
        assert_eq!(grouped(2048), "2,048");
        assert_eq!(grouped(65_011_712), "65,011,712");
    }
}
