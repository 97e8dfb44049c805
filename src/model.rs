//! Domain types shared by every stage: what a detector finds, where it found it, and what went wrong.
//!
//! Nothing here knows an output format (no serde): emitters translate these types into their own wire
//! types. No type here can hold private or secret key material: keys are described by their public part
//! (algorithm, size, fingerprint of the public key), never by their secret bytes.

use std::fmt;

/// A stable identifier of an asset, used as the CycloneDX `bom-ref`.
///
/// Identifiers are derived from content (an algorithm's canonical name, a certificate's DER hash, a key's
/// public-key hash), so two scans of the same tree give the same identifiers whatever the walk order.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AssetId(String);

impl AssetId {
    /// The identifier of an algorithm used in the given role.
    pub fn algorithm(algorithm: &Algorithm) -> Self {
        if algorithm.primitive == Primitive::Protocol {
            return AssetId(format!("crypto/protocol/{}", algorithm.name));
        }
        // A mode the name does not spell (`3DES` found in CBC, `unknown` in GCM) tells assets apart.
        let mode = algorithm
            .mode
            .as_deref()
            .filter(|m| *m != "other" && !algorithm.name.to_ascii_lowercase().contains(*m))
            .map(|m| format!("/{m}"))
            .unwrap_or_default();
        match &algorithm.oid {
            Some(oid) if !algorithm.is_known() => {
                AssetId(format!("crypto/algorithm/unknown/{oid}"))
            }
            _ => AssetId(format!(
                "crypto/algorithm/{}/{}{mode}",
                algorithm.primitive.as_str(),
                algorithm.name
            )),
        }
    }

    /// The identifier of a certificate: the SHA-256 of its DER encoding.
    pub fn certificate(sha256_hex: &str) -> Self {
        AssetId(format!("crypto/certificate/sha256:{sha256_hex}"))
    }

    /// The identifier of a key: its kind and its fingerprint (of the public part when known).
    pub fn key(kind: KeyKind, basis: KeyIdBasis, fingerprint_hex: &str) -> Self {
        AssetId(format!(
            "crypto/key/{}/{}:{fingerprint_hex}",
            kind.as_str(),
            basis.as_str()
        ))
    }

    /// The identifier of a software library: its table id and what tells its copies apart (the
    /// name it is linked as, or the version of an embedded copy).
    pub fn library(id: &str, distinguisher: &str) -> Self {
        AssetId(format!("crypto/library/{id}/{distinguisher}"))
    }

    /// The identifier as a string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AssetId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The cryptographic primitive an algorithm provides, as named by CycloneDX.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Primitive {
    /// Deterministic random bit generator.
    Drbg,
    /// Message authentication code.
    Mac,
    /// Block cipher (mode of operation given separately).
    BlockCipher,
    /// Stream cipher.
    StreamCipher,
    /// Digital signature.
    Signature,
    /// Hash function.
    Hash,
    /// Public-key encryption (RSA key transport).
    Pke,
    /// Extendable-output function.
    Xof,
    /// Key derivation function.
    Kdf,
    /// Key agreement (DH, ECDH, X25519).
    KeyAgree,
    /// Key encapsulation mechanism.
    Kem,
    /// Authenticated encryption.
    Ae,
    /// Combination of several primitives.
    Combiner,
    /// Key wrapping (CycloneDX 1.7 only; written as `other` in 1.6).
    KeyWrap,
    /// Another primitive.
    Other,
    /// A protocol version (TLS 1.2): registry entries with this primitive are written as
    /// CycloneDX protocol assets, their family being the protocol and their parameter set its version.
    Protocol,
    /// The primitive is not known.
    Unknown,
}

impl Primitive {
    /// Every primitive with its CycloneDX name, in declaration order.
    pub const ALL: [(Primitive, &'static str); 17] = [
        (Primitive::Drbg, "drbg"),
        (Primitive::Mac, "mac"),
        (Primitive::BlockCipher, "block-cipher"),
        (Primitive::StreamCipher, "stream-cipher"),
        (Primitive::Signature, "signature"),
        (Primitive::Hash, "hash"),
        (Primitive::Pke, "pke"),
        (Primitive::Xof, "xof"),
        (Primitive::Kdf, "kdf"),
        (Primitive::KeyAgree, "key-agree"),
        (Primitive::Kem, "kem"),
        (Primitive::Ae, "ae"),
        (Primitive::Combiner, "combiner"),
        (Primitive::KeyWrap, "key-wrap"),
        (Primitive::Other, "other"),
        (Primitive::Protocol, "protocol"),
        (Primitive::Unknown, "unknown"),
    ];

    /// The CycloneDX 1.7 name of the primitive.
    pub fn as_str(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(p, _)| *p == self)
            .map_or("unknown", |(_, name)| name)
    }

    /// Parses a CycloneDX primitive name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.iter().find(|(_, n)| *n == name).map(|(p, _)| *p)
    }

    /// Whether the primitive establishes keys (the harvest-now-decrypt-later exposure); a protocol
    /// counts by its key exchange.
    pub fn is_key_establishment(self) -> bool {
        matches!(
            self,
            Primitive::Pke | Primitive::KeyAgree | Primitive::Kem | Primitive::Protocol
        )
    }
}

/// The quantum-readiness class an algorithm has in the registry (rules R1-R4 of the scoring model).
///
/// "Unknown" is not a registry class: it is what the scorer says when no registry entry applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AlgorithmClass {
    /// Below 112 bits of classical security, or a use already disallowed.
    BrokenClassically,
    /// Rests on factoring or discrete logarithms: broken by Shor's algorithm.
    QuantumVulnerable,
    /// Classically allowed but below NIST post-quantum category 1.
    QuantumWeakened,
    /// NIST post-quantum category 1 or above.
    QuantumSafe,
}

impl AlgorithmClass {
    /// Every class with its name, in declaration order.
    pub const ALL: [(AlgorithmClass, &'static str); 4] = [
        (AlgorithmClass::BrokenClassically, "broken-classically"),
        (AlgorithmClass::QuantumVulnerable, "quantum-vulnerable"),
        (AlgorithmClass::QuantumWeakened, "quantum-weakened"),
        (AlgorithmClass::QuantumSafe, "quantum-safe"),
    ];

    /// The class name used in rules and output.
    pub fn as_str(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(c, _)| *c == self)
            .map_or("unknown", |(_, name)| name)
    }

    /// Parses a class name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.iter().find(|(_, n)| *n == name).map(|(c, _)| *c)
    }
}

/// How far an algorithm's definition has come through standardisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Standardisation {
    /// A published standard.
    Standard,
    /// Selected for standardisation, standard not final (FN-DSA, HQC).
    Pending,
    /// A draft or experimental identifier, not interoperable with the final standard.
    PreStandard,
    /// A withdrawn or historic standard.
    Legacy,
}

impl Standardisation {
    /// Every status with its name, in declaration order.
    pub const ALL: [(Standardisation, &'static str); 4] = [
        (Standardisation::Standard, "standard"),
        (Standardisation::Pending, "pending"),
        (Standardisation::PreStandard, "pre-standard"),
        (Standardisation::Legacy, "legacy"),
    ];

    /// The status name used in rules and output.
    pub fn as_str(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(c, _)| *c == self)
            .map_or("standard", |(_, name)| name)
    }

    /// Parses a status name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.iter().find(|(_, n)| *n == name).map(|(c, _)| *c)
    }
}

/// An elliptic curve as the registry names it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CurveRef {
    /// Canonical curve name (`P-256`, `secp256k1`, `brainpoolP384r1`) or, for an unrecognised named
    /// curve, its OID.
    pub name: String,
    /// The CycloneDX 1.7 `ellipticCurve` value (`nist/P-256`), when the curve is in that enumeration.
    pub cdx: Option<String>,
    /// The curve's OID, when it has one.
    pub oid: Option<String>,
}

/// A cryptographic algorithm, resolved through the registry (or marked unknown).
///
/// Only `registry.rs` constructs these, so every detector names algorithms the same way.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Algorithm {
    /// Canonical name (`RSA-2048`, `ECDSA-P-256`, `ML-DSA-65`); for an unknown OID, the OID itself.
    pub name: String,
    /// CycloneDX 1.7 `algorithmFamily`, when one exists for the algorithm.
    pub family: Option<String>,
    /// The primitive in the role this algorithm was found in.
    pub primitive: Primitive,
    /// The OID the algorithm was identified by (or the registry's first OID for it).
    pub oid: Option<String>,
    /// Parameter set or key length (`2048`, `768`, `SHA2-128s`).
    pub parameter_set: Option<String>,
    /// The elliptic curve, for curve-based algorithms.
    pub curve: Option<CurveRef>,
    /// Block cipher mode (CycloneDX 1.6 mode enumeration).
    pub mode: Option<String>,
    /// Padding scheme (CycloneDX 1.6 padding enumeration).
    pub padding: Option<String>,
    /// Classical security in bits; `None` when it depends on an unknown parameter.
    pub classical_bits: Option<u16>,
    /// NIST post-quantum security category (0 for Shor-vulnerable algorithms).
    pub quantum_level: Option<u8>,
    /// The registry class; `None` for an algorithm the registry does not know.
    pub class: Option<AlgorithmClass>,
    /// Standardisation status, when known.
    pub status: Option<Standardisation>,
    /// Migration hint for algorithms that are not quantum-safe.
    pub replace_with: Option<String>,
    /// Where the registry's facts for this algorithm come from.
    pub source: Option<String>,
    /// What the code does with it (`encrypt`, `sign`, `keygen`, ...), sorted, when a detector knows.
    pub functions: Vec<String>,
}

impl Algorithm {
    /// Whether the registry knows this algorithm.
    pub fn is_known(&self) -> bool {
        self.class.is_some()
    }
}

/// Whether a key is public, private or secret.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum KeyKind {
    /// A public key.
    Public,
    /// A private key (described by its public part only).
    Private,
    /// A symmetric secret key (described by its size only).
    Secret,
}

impl KeyKind {
    /// The CycloneDX `relatedCryptoMaterialProperties.type` value.
    pub fn as_str(self) -> &'static str {
        match self {
            KeyKind::Public => "public-key",
            KeyKind::Private => "private-key",
            KeyKind::Secret => "secret-key",
        }
    }
}

/// What a key's identifier is the SHA-256 of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum KeyIdBasis {
    /// The DER SubjectPublicKeyInfo of the public key (so the same key matches across formats).
    Spki,
    /// The format's own public key encoding, where no SubjectPublicKeyInfo can be built (an unknown
    /// OpenPGP or SSH algorithm).
    PublicBlob,
    /// The encrypted container, for a private or secret key that cannot be read without its
    /// password (ciphertext, not key material).
    Container,
}

impl KeyIdBasis {
    /// The basis name used in identifiers and output.
    pub fn as_str(self) -> &'static str {
        match self {
            KeyIdBasis::Spki => "sha256",
            KeyIdBasis::PublicBlob => "public-blob-sha256",
            KeyIdBasis::Container => "container-sha256",
        }
    }
}

/// How a private or secret key is protected at rest (password-based encryption).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Protection {
    /// The scheme (`PBES2`, `pbeWithSHAAnd3-KeyTripleDES-CBC`, an OpenSSH cipher): an asset.
    pub scheme: AssetId,
    /// The schemes' parts: key derivation function, its PRF, the cipher (assets).
    pub parts: Vec<AssetId>,
    /// A readable summary with the parameters (`PBES2: PBKDF2-SHA-256, 2048 iterations, AES-256-CBC`).
    pub description: String,
}

/// An RSA public key's numbers, kept for the weak-key checks (public values only).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RsaPublic {
    /// Modulus, big-endian, without leading zero bytes.
    pub modulus: Vec<u8>,
    /// Public exponent, big-endian, without leading zero bytes.
    pub exponent: Vec<u8>,
}

/// A known weakness of a particular key (not of its algorithm).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weakness {
    /// The RSA modulus shares a prime factor with another key's: both are factored.
    SharedPrime {
        /// The other key's identifier.
        with: String,
    },
    /// The modulus has the structure of Infineon's RSALib (ROCA, CVE-2017-15361): factorable.
    Roca,
    /// The modulus is even: trivially factored.
    EvenModulus,
    /// The public exponent is 1: encryption is the identity.
    ExponentOne,
    /// A small public exponent (3), fragile with weak padding (a warning, not broken by itself).
    SmallExponent(u32),
}

impl Weakness {
    /// Whether the weakness breaks the key outright.
    pub fn is_breaking(&self) -> bool {
        !matches!(self, Weakness::SmallExponent(_))
    }

    /// A one-line explanation.
    pub fn describe(&self) -> String {
        match self {
            Weakness::SharedPrime { with } => format!("shares a prime factor with key {with} (batch GCD): factored"),
            Weakness::Roca => "ROCA fingerprint (CVE-2017-15361): the modulus comes from Infineon RSALib and is factorable".to_owned(),
            Weakness::EvenModulus => "even modulus: trivially factored".to_owned(),
            Weakness::ExponentOne => "public exponent 1: encryption is the identity".to_owned(),
            Weakness::SmallExponent(e) => format!("public exponent {e}: unsafe with weak or no padding"),
        }
    }
}

/// A key, identified by the fingerprint of its public part whenever that can be known.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key {
    /// Public, private or secret.
    pub kind: KeyKind,
    /// The key's algorithm (an asset of its own); `None` when encryption hides it.
    pub algorithm: Option<AssetId>,
    /// Key size in bits (RSA modulus, DSA/DH prime, EC group order, raw key length), when defined.
    pub size_bits: Option<u32>,
    /// Encoding the key was found in (`X.509 SubjectPublicKeyInfo`, `PKCS#8`, `PKCS#1`, `SEC1`,
    /// `OpenSSH`, `OpenPGP`).
    pub format: String,
    /// What the fingerprint is a hash of.
    pub id_basis: KeyIdBasis,
    /// Lowercase hex SHA-256 of the basis (for [`KeyIdBasis::Spki`], of the public key's DER
    /// SubjectPublicKeyInfo: the same value `openssl pkey -pubout -outform DER | sha256sum` prints).
    pub fingerprint: String,
    /// The format's own fingerprint (`SHA256:...` for SSH, the v4/v6 fingerprint for OpenPGP).
    pub native_fingerprint: Option<String>,
    /// Password-based protection, for encrypted private and secret keys.
    pub protection: Option<Protection>,
    /// RSA numbers for the weak-key checks.
    pub rsa: Option<RsaPublic>,
    /// Weaknesses of this key, found after the walk.
    pub weaknesses: Vec<Weakness>,
}

/// An X.509 certificate.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Certificate {
    /// Subject distinguished name in RFC 4514 form.
    pub subject: String,
    /// Issuer distinguished name in RFC 4514 form.
    pub issuer: String,
    /// Serial number as lowercase hex without leading zeros.
    pub serial_hex: String,
    /// Start of validity, seconds since the Unix epoch.
    pub not_before: i64,
    /// End of validity, seconds since the Unix epoch.
    pub not_after: i64,
    /// Lowercase hex SHA-256 of the certificate's DER encoding.
    pub sha256: String,
    /// The signature algorithm (an asset of its own).
    pub signature_algorithm: AssetId,
    /// The subject public key (an asset of its own).
    pub public_key: AssetId,
    /// X.509 version (1, 2 or 3).
    pub version: u32,
    /// The basicConstraints cA flag; `None` when the extension is absent.
    pub basic_constraints_ca: Option<bool>,
    /// Key usage names (RFC 5280 spelling); empty when the extension is absent.
    pub key_usage: Vec<&'static str>,
    /// Whether subject and issuer are the same name.
    pub self_issued: bool,
    /// The certificate format: `X.509`, or `OpenSSH` for SSH certificates.
    pub format: &'static str,
}

/// A software library that implements cryptography (OpenSSL's libcrypto, GnuTLS, Go's standard
/// library, a Rust crate), found linked by a binary, as a library file, or as a copy inside one.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Library {
    /// The library's id in `rules/binary/` (`openssl-libcrypto`, `go-stdlib`, ...), or the package
    /// name for packages found in build metadata (`golang.org/x/crypto`, `ring`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Versions seen (several when copies of one linked name differ); empty when unknown.
    pub versions: std::collections::BTreeSet<String>,
    /// Package URL without the version (`pkg:generic/openssl`, `pkg:golang/golang.org/x/crypto`).
    pub purl: Option<String>,
    /// The name binaries link it as (ELF SONAME / `DT_NEEDED`, DLL name, Mach-O install name).
    pub linked_as: Option<String>,
    /// Registry names of the algorithms the seen versions implement, from the library table.
    pub capabilities: std::collections::BTreeSet<String>,
    /// Algorithm assets the library's own file was seen to provide (exported symbols).
    pub provides: std::collections::BTreeSet<AssetId>,
}

/// The body of an asset.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AssetBody {
    /// An algorithm.
    Algorithm(Algorithm),
    /// A certificate.
    Certificate(Certificate),
    /// A key.
    Key(Key),
    /// A software library implementing cryptography.
    Library(Library),
}

/// A distinct cryptographic asset.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Asset {
    /// Content-derived identifier.
    pub id: AssetId,
    /// What the asset is.
    pub body: AssetBody,
}

impl Certificate {
    /// Whether the certificate is a CA: what basicConstraints says, and for a version 3 certificate
    /// without it, no (RFC 5280 4.2.1.9); version 1 certificates predate the extension, so unknown.
    pub fn is_ca(&self) -> Option<bool> {
        match self.basic_constraints_ca {
            Some(ca) => Some(ca),
            None if self.version >= 3 => Some(false),
            None => None,
        }
    }
}

impl Asset {
    /// An algorithm asset.
    pub fn algorithm(algorithm: Algorithm) -> Self {
        Asset {
            id: AssetId::algorithm(&algorithm),
            body: AssetBody::Algorithm(algorithm),
        }
    }

    /// A certificate asset.
    pub fn certificate(certificate: Certificate) -> Self {
        Asset {
            id: AssetId::certificate(&certificate.sha256),
            body: AssetBody::Certificate(certificate),
        }
    }

    /// A key asset.
    pub fn key(key: Key) -> Self {
        Asset {
            id: AssetId::key(key.kind, key.id_basis, &key.fingerprint),
            body: AssetBody::Key(key),
        }
    }

    /// A library asset, identified by its id and its linked name or, for an embedded copy, its
    /// version (`unknown` when neither is known).
    pub fn library(library: Library) -> Self {
        let distinguisher = match (&library.linked_as, library.versions.iter().next()) {
            (Some(linked), _) => linked.clone(),
            (None, Some(version)) => format!("embedded@{version}"),
            (None, None) => "embedded".to_owned(),
        };
        Asset {
            id: AssetId::library(&library.id, &distinguisher),
            body: AssetBody::Library(library),
        }
    }

    /// The identifiers this asset refers to (what it depends on; a library's provided algorithms
    /// are not dependencies but [`Library::provides`]).
    pub fn references(&self) -> Vec<&AssetId> {
        match &self.body {
            AssetBody::Algorithm(_) | AssetBody::Library(_) => Vec::new(),
            AssetBody::Certificate(c) => vec![&c.signature_algorithm, &c.public_key],
            AssetBody::Key(k) => {
                let mut refs: Vec<&AssetId> = k.algorithm.iter().collect();
                if let Some(protection) = &k.protection {
                    refs.push(&protection.scheme);
                    refs.extend(protection.parts.iter());
                }
                refs
            }
        }
    }
}

/// One place an asset was seen.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Occurrence {
    /// Path relative to the scan root, with `/` separators.
    pub location: String,
    /// 1-based line, for text.
    pub line: Option<u32>,
    /// 1-based column (in characters), for source code.
    pub column: Option<u32>,
    /// Byte offset in the file.
    pub offset: Option<u64>,
    /// The API, symbol or field the asset was seen as.
    pub symbol: Option<String>,
    /// A short, non-secret snippet that shows the evidence.
    pub context: Option<String>,
    /// The source-code rule that matched, for findings in code.
    pub rule: Option<String>,
    /// Whether the file provides the asset to others (a library exporting an algorithm) rather than
    /// using it; assets seen only as provided are inventoried but not scored.
    pub provided: bool,
    /// Why this occurrence is suppressed (an inline `cryptoscope:ignore` comment or a
    /// `.cryptoscope.toml` entry), if it is: reported, never dropped, but not counted.
    pub suppressed: Option<String>,
}

impl Occurrence {
    /// An occurrence in a file and nothing more known about where (fill the rest with `..`).
    pub fn in_file(location: impl Into<String>) -> Self {
        Occurrence {
            location: location.into(),
            line: None,
            column: None,
            offset: None,
            symbol: None,
            context: None,
            rule: None,
            provided: false,
            suppressed: None,
        }
    }
}

/// An asset and where it was seen: what a detector reports.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Finding {
    /// The asset.
    pub asset: Asset,
    /// Where it was seen.
    pub occurrence: Occurrence,
}

/// Why a file or part of a file could not be fully examined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DiagnosticKind {
    /// Reading failed (permission, vanished file, I/O error).
    Io,
    /// Larger than `--max-file-size`; not read.
    TooLarge,
    /// A FIFO, socket or device; never opened.
    SpecialFile,
    /// A symbolic link that was not followed (leads outside the roots, loops, or dangles).
    Symlink,
    /// Content that claims a format but does not parse.
    Malformed,
    /// A recognised format the detector cannot read yet.
    Unsupported,
    /// A detector panicked on this file; the scan went on.
    Panicked,
}

impl DiagnosticKind {
    /// The kind's name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            DiagnosticKind::Io => "io",
            DiagnosticKind::TooLarge => "too-large",
            DiagnosticKind::SpecialFile => "special-file",
            DiagnosticKind::Symlink => "symlink",
            DiagnosticKind::Malformed => "malformed",
            DiagnosticKind::Unsupported => "unsupported",
            DiagnosticKind::Panicked => "panicked",
        }
    }
}

/// A per-file problem. Diagnostics are counted and reported; they never stop the scan.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Diagnostic {
    /// Path relative to the scan root, with `/` separators.
    pub location: String,
    /// What kind of problem.
    pub kind: DiagnosticKind,
    /// The detector that reported it, or `walk` / `read` for the pipeline itself.
    pub source: &'static str,
    /// A human-readable explanation.
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn primitive_names_round_trip() {
        for (primitive, name) in Primitive::ALL {
            assert_eq!(Primitive::parse(name), Some(primitive));
            assert_eq!(primitive.as_str(), name);
        }
        assert_eq!(Primitive::parse("cipher"), None);
    }

    #[test]
    fn class_and_status_names_round_trip() {
        for (class, name) in AlgorithmClass::ALL {
            assert_eq!(AlgorithmClass::parse(name), Some(class));
        }
        for (status, name) in Standardisation::ALL {
            assert_eq!(Standardisation::parse(name), Some(status));
        }
    }

    #[test]
    fn key_establishment_primitives() {
        let establishing: Vec<&str> = Primitive::ALL
            .iter()
            .filter(|(p, _)| p.is_key_establishment())
            .map(|(_, n)| *n)
            .collect();
        assert_eq!(establishing, ["pke", "key-agree", "kem", "protocol"]);
    }
}
