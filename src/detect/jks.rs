//! Java KeyStore (JKS) and JCEKS keystores: certificates are stored in the clear, so every trusted
//! certificate and every key entry's certificate chain is read without a password. A private key
//! entry is identified by the public key of its first certificate (its own), with its protection
//! (JKS's SHA-1 key protector, or JCEKS's PBEWithMD5AndTripleDES). JCEKS secret key entries are sealed
//! Java objects: their protection is always reported, and when an empty or well-known default password
//! opens them, their algorithm and size. Whether a default password opens the keystore is checked
//! against its integrity digest and reported; the password itself never is.

use super::javaser::{self, Value};
use super::spki::{self, AlgorithmIdentifier, KeyRole};
use super::{Context, Detector, Input, Place, Sink, pbe, unlock, x509};
use crate::der::{self, tag};
use crate::model::{Asset, DiagnosticKind, Key, KeyIdBasis, KeyKind, Primitive, Protection};
use crate::sniff::{FileKind, Sniff};

/// At most this many entries are read from one keystore.
const MAX_ENTRIES: u32 = 100_000;
/// The JKS key protector's OID (OpenJDK `sun.security.provider.KeyProtector`).
const OID_JKS_KEY_PROTECTOR: &str = "1.3.6.1.4.1.42.2.17.1.1";
/// PBEWithMD5AndTripleDES (JCEKS key protection).
const OID_PBE_MD5_3DES: &str = "1.3.6.1.4.1.42.2.19.1";

/// The JKS and JCEKS detector.
pub struct JksDetector;

impl Detector for JksDetector {
    fn id(&self) -> &'static str {
        "jks"
    }

    fn wants(&self, sniff: &Sniff) -> bool {
        matches!(sniff.kind, FileKind::JavaKeyStore | FileKind::JceKeyStore)
    }

    fn detect(&self, input: &Input<'_>, context: &Context<'_>, sink: &mut Sink<'_>) {
        if let Err(problem) = read(
            input.bytes,
            input.sniff.kind == FileKind::JceKeyStore,
            context,
            sink,
        ) {
            sink.diagnostic(DiagnosticKind::Malformed, format!("keystore: {problem}"));
        }
    }
}

/// A checked big-endian reader.
struct Cursor<'a> {
    bytes: &'a [u8],
    position: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.position.checked_add(n).ok_or("length overflow")?;
        let slice = self
            .bytes
            .get(self.position..end)
            .ok_or_else(|| format!("truncated at byte {}", self.position))?;
        self.position = end;
        Ok(slice)
    }

    fn u32(&mut self) -> Result<u32, String> {
        let bytes: [u8; 4] = self.take(4)?.try_into().map_err(|_| "short read")?;
        Ok(u32::from_be_bytes(bytes))
    }

    fn u16(&mut self) -> Result<u16, String> {
        let bytes: [u8; 2] = self.take(2)?.try_into().map_err(|_| "short read")?;
        Ok(u16::from_be_bytes(bytes))
    }

    fn utf(&mut self) -> Result<String, String> {
        let len = usize::from(self.u16()?);
        Ok(String::from_utf8_lossy(self.take(len)?).into_owned())
    }

    fn blob(&mut self) -> Result<&'a [u8], String> {
        let len = usize::try_from(self.u32()?).map_err(|_| "length overflow")?;
        self.take(len)
    }
}

fn registry_algorithm(context: &Context<'_>, oid: &str, name: &str) -> crate::model::Algorithm {
    let registry = context.registry;
    registry
        .by_oid(oid)
        .or_else(|| registry.by_name(name))
        .map_or_else(
            || registry.unknown_name(name, Primitive::Other),
            |d| d.algorithm(),
        )
}

fn read(
    bytes: &[u8],
    jceks: bool,
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) -> Result<(), String> {
    let kind = if jceks { "JCEKS" } else { "JKS" };
    let mut cursor = Cursor { bytes, position: 4 };
    let version = cursor.u32()?;
    if !(1..=2).contains(&version) {
        return Err(format!("unsupported {kind} version {version}"));
    }
    let count = cursor.u32()?;
    if count > MAX_ENTRIES {
        return Err(format!("{count} entries is implausible"));
    }

    // Which password opens the keystore: checked against the trailing SHA-1 digest at the end.
    let digest_at = bytes.len().checked_sub(20).ok_or("too short")?;
    let (contents, digest) = bytes.split_at_checked(digest_at).ok_or("too short")?;
    let mut passwords: Vec<&str> = unlock::DEFAULT_PASSWORDS.to_vec();
    passwords.extend(context.keystore_passwords.iter().map(String::as_str));
    let opened = passwords
        .iter()
        .copied()
        .find(|p| unlock::java_keystore_digest_matches(p, contents, digest));
    let note = match opened {
        Some("") => "; the keystore opens with an empty password",
        Some(_) => "; the keystore opens with a well-known default password",
        None => "",
    };
    let place = Place {
        line: None,
        column: None,
        offset: Some(0),
        symbol: Some(kind.to_lowercase()),
        context: None,
        rule: None,
        provided: false,
    };
    // The integrity check is a keyed SHA-1 digest.
    let sha1 = registry_algorithm(context, "1.3.14.3.2.26", "SHA-1");
    let mut at = place.clone();
    at.context = Some(format!(
        "{kind} keystore integrity digest (SHA-1 keyed with the password){note}"
    ));
    sink.found(Asset::algorithm(sha1), at);

    for _ in 0..count {
        let offset = cursor.position;
        let entry = cursor.u32()?;
        let alias = cursor.utf()?;
        let _timestamp = cursor.take(8)?;
        let mut at = place.clone();
        at.offset = u64::try_from(offset).ok();
        at.symbol = Some(format!("{} alias \"{alias}\"", kind.to_lowercase()));
        match entry {
            1 => {
                let encrypted_key = cursor.blob()?;
                let chain = cursor.u32()?;
                if chain > 100 {
                    return Err(format!("certificate chain of {chain} is implausible"));
                }
                let mut certificates = Vec::new();
                for _ in 0..chain {
                    if version == 2 {
                        let _type = cursor.utf()?;
                    }
                    certificates.push(cursor.blob()?);
                }
                private_key_entry(encrypted_key, &certificates, kind, note, &at, context, sink)?;
            }
            2 => {
                if version == 2 {
                    let _type = cursor.utf()?;
                }
                let certificate = cursor.blob()?;
                if let Err(problem) = x509::report_certificate(certificate, at, context, sink) {
                    sink.diagnostic(
                        DiagnosticKind::Malformed,
                        format!("{kind} trusted certificate \"{alias}\": {problem}"),
                    );
                }
            }
            3 if jceks => {
                let rest = bytes.get(cursor.position..).ok_or("truncated")?;
                let (sealed, used) =
                    javaser::read_object(rest).ok_or("unreadable sealed secret key")?;
                cursor.take(used)?;
                secret_key_entry(&sealed, &passwords, note, at, context, sink);
            }
            other => return Err(format!("unknown entry type {other}")),
        }
    }
    Ok(())
}

/// A private key entry: the key is described by its certificate's public key; its protection by the
/// algorithm in its EncryptedPrivateKeyInfo.
fn private_key_entry(
    encrypted_key: &[u8],
    certificates: &[&[u8]],
    kind: &str,
    note: &str,
    place: &Place,
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) -> Result<(), String> {
    let algorithm = der::expect(encrypted_key, tag::SEQUENCE)
        .and_then(|(info, _)| der::children(info.content).next())
        .and_then(AlgorithmIdentifier::from_tlv);
    let (scheme_oid, scheme_name) = match algorithm.as_ref().map(|a| a.oid.as_str()) {
        Some(OID_JKS_KEY_PROTECTOR) => (OID_JKS_KEY_PROTECTOR, "JKS-KeyProtector"),
        Some(OID_PBE_MD5_3DES) => (OID_PBE_MD5_3DES, "PBEWithMD5AndTripleDES"),
        Some(other) => (other, "key protection"),
        None => ("", "key protection"),
    };
    let scheme = registry_algorithm(context, scheme_oid, scheme_name);
    let facts = pbe::ProtectionFacts {
        description: format!("{kind} private key protected with {}{note}", scheme.name),
        scheme,
        parts: Vec::new(),
    };
    let protection: Protection = facts.report(place, sink);
    for certificate in certificates {
        if let Err(problem) = x509::report_certificate(certificate, place.clone(), context, sink) {
            sink.diagnostic(
                DiagnosticKind::Malformed,
                format!("{kind} certificate chain: {problem}"),
            );
        }
    }
    // The entry's own certificate carries the key's public part.
    let first = certificates
        .first()
        .ok_or("private key entry without a certificate")?;
    let (_, certificate) = x509_parser::parse_x509_certificate(first)
        .map_err(|e| format!("unreadable certificate ({e})"))?;
    let facts = spki::describe_spki(
        context.registry,
        certificate.public_key().raw,
        KeyRole::Unspecified,
    )
    .ok_or("unreadable public key")?;
    let (algorithm_asset, mut key) =
        facts.into_key(KeyKind::Private, &format!("{kind} private key entry"));
    key.protection = Some(protection);
    let mut at = place.clone();
    at.context = Some(format!("{kind} private key entry"));
    sink.found(algorithm_asset, at.clone());
    sink.found(Asset::key(key), at);
    Ok(())
}

/// A JCEKS secret key entry: a `SealedObjectForKeyProtector` holding a serialised `SecretKeySpec`.
fn secret_key_entry(
    sealed: &Value,
    passwords: &[&str],
    note: &str,
    mut place: Place,
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) {
    let seal = sealed
        .field("sealAlg")
        .and_then(Value::text)
        .unwrap_or("unknown seal");
    let ciphertext = sealed
        .field("encryptedContent")
        .and_then(Value::bytes)
        .unwrap_or_default();
    // encodedParams: PBEParameter ::= SEQUENCE { salt OCTET STRING, iterations INTEGER }.
    let parameters = sealed
        .field("encodedParams")
        .and_then(Value::bytes)
        .and_then(|p| der::expect(p, tag::SEQUENCE))
        .map(|(seq, _)| der::children(seq.content).collect::<Vec<_>>())
        .unwrap_or_default();
    let salt = parameters
        .first()
        .filter(|t| t.tag == tag::OCTET_STRING)
        .map(|t| t.content);
    let iterations = parameters.get(1).copied().and_then(pbe::small_integer);
    let scheme = registry_algorithm(context, OID_PBE_MD5_3DES, seal);
    let facts = pbe::ProtectionFacts {
        description: format!(
            "JCEKS secret key sealed with {}{}{note}",
            scheme.name,
            iterations
                .map(|i| format!(", {i} iterations"))
                .unwrap_or_default()
        ),
        scheme,
        parts: Vec::new(),
    };
    let protection = facts.report(&place, sink);
    // With a default password the sealed SecretKeySpec gives its algorithm and length (never its bytes).
    let unsealed = match (salt, iterations) {
        (Some(salt), Some(iterations)) if seal.eq_ignore_ascii_case("PBEWithMD5AndTripleDES") => {
            passwords
                .iter()
                .find_map(|password| {
                    unlock::pbe_md5_triple_des_decrypt(password, salt, iterations, ciphertext)
                })
                .and_then(|plain| javaser::read_object(&plain).map(|(value, _)| value))
        }
        _ => None,
    };
    let secret = unsealed.as_ref().and_then(|value| {
        let algorithm = value.field("algorithm").and_then(Value::text)?;
        let bits = u32::try_from(value.field("key").and_then(Value::bytes)?.len())
            .ok()?
            .checked_mul(8)?;
        Some((algorithm.to_owned(), bits))
    });
    let registry = context.registry;
    let algorithm = secret.as_ref().map(|(name, bits)| {
        let sized = format!("{name}-{bits}");
        registry
            .by_name(&sized)
            .filter(|_| name.eq_ignore_ascii_case("AES"))
            .or_else(|| registry.by_name(name))
            .map_or_else(
                || registry.unknown_name(name, Primitive::Unknown),
                |d| d.algorithm(),
            )
    });
    let algorithm_asset = algorithm.map(Asset::algorithm);
    place.context = Some(match &secret {
        Some((name, bits)) => format!("JCEKS secret key entry: {name}, {bits} bits"),
        None => "JCEKS secret key entry (its algorithm is sealed with the key password)".to_owned(),
    });
    let key = Key {
        kind: KeyKind::Secret,
        algorithm: algorithm_asset.as_ref().map(|a| a.id.clone()),
        size_bits: secret.as_ref().map(|(_, bits)| *bits),
        format: "JCEKS secret key entry".to_owned(),
        id_basis: KeyIdBasis::Container,
        fingerprint: spki::sha256_hex(ciphertext),
        native_fingerprint: None,
        protection: Some(protection),
        rsa: None,
        weaknesses: Vec::new(),
    };
    if let Some(asset) = algorithm_asset {
        sink.found(asset, place.clone());
    }
    sink.found(Asset::key(key), place);
}
