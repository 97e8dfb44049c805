//! PKCS#12 keystores (`.p12`, `.pfx`): how they are protected, always; what they hold, when an empty
//! or well-known default password opens them.
//!
//! Without any password the outer structure tells the integrity MAC (digest, iterations) and the
//! encryption of each content (PKCS#12 PBE or PBES2), and shrouded key bags show their protection.
//! With the empty password or one from [`unlock::DEFAULT_PASSWORDS`] (plus `--keystore-password`),
//! checked against the MAC first, the certificates and keys inside are read and reported like any
//! other, each with the protection it had. The password itself is never reported, only that a
//! default one worked, which is a finding of its own.

use super::spki::AlgorithmIdentifier;
use super::{Context, Detector, Input, Place, Sink, keys, pbe, unlock, x509};
use crate::der::{self, Tlv, tag};
use crate::model::{Asset, DiagnosticKind, Primitive, Protection};
use crate::sniff::{FileKind, Sniff};

const OID_DATA: &str = "1.2.840.113549.1.7.1";
const OID_ENCRYPTED_DATA: &str = "1.2.840.113549.1.7.6";
const OID_KEY_BAG: &str = "1.2.840.113549.1.12.10.1.1";
const OID_SHROUDED_KEY_BAG: &str = "1.2.840.113549.1.12.10.1.2";
const OID_CERT_BAG: &str = "1.2.840.113549.1.12.10.1.3";
const OID_SECRET_BAG: &str = "1.2.840.113549.1.12.10.1.5";
const OID_SAFE_CONTENTS_BAG: &str = "1.2.840.113549.1.12.10.1.6";
const OID_X509_CERTIFICATE: &str = "1.2.840.113549.1.9.22.1";
const OID_FRIENDLY_NAME: &str = "1.2.840.113549.1.9.20";
/// PBMAC1 (RFC 9579): a PBKDF2-based MAC instead of the PKCS#12 KDF.
const OID_PBMAC1: &str = "1.2.840.113549.1.5.14";

/// Nesting of SafeContents bags followed at most.
const MAX_DEPTH: usize = 4;

/// The PKCS#12 detector.
pub struct Pkcs12Detector;

impl Detector for Pkcs12Detector {
    fn id(&self) -> &'static str {
        "pkcs12"
    }

    fn wants(&self, sniff: &Sniff) -> bool {
        sniff.kind == FileKind::Der
    }

    fn detect(&self, input: &Input<'_>, context: &Context<'_>, sink: &mut Sink<'_>) {
        let Some(pfx) = Pfx::parse(input.bytes) else {
            return;
        };
        let place = Place {
            line: None,
            column: None,
            offset: Some(0),
            symbol: Some("pkcs12".to_owned()),
            context: None,
            rule: None,
            provided: false,
        };
        if let Err(problem) = read(&pfx, place, context, sink) {
            sink.diagnostic(DiagnosticKind::Malformed, format!("PKCS#12: {problem}"));
        }
    }
}

/// The integrity MAC of a PFX.
struct MacData<'a> {
    algorithm: AlgorithmIdentifier<'a>,
    digest: &'a [u8],
    salt: &'a [u8],
    iterations: u64,
}

/// The parts of a PFX: `SEQUENCE { version 3, authSafe ContentInfo, macData MacData OPTIONAL }`.
struct Pfx<'a> {
    auth_safe: &'a [u8],
    mac: Option<MacData<'a>>,
}

impl<'a> Pfx<'a> {
    fn parse(bytes: &'a [u8]) -> Option<Self> {
        let (outer, _) = der::expect(bytes, tag::SEQUENCE)?;
        let mut parts = der::children(outer.content);
        if pbe::small_integer(parts.next()?)? != 3 {
            return None;
        }
        let (content_type, content) = content_info(parts.next()?)?;
        if content_type != OID_DATA {
            return None;
        }
        let (auth_safe, _) = der::expect(content, tag::OCTET_STRING)?;
        let mac = parts.next().and_then(|mac| {
            let mut fields = der::children(mac.content);
            let digest_info = fields.next().filter(|t| t.tag == tag::SEQUENCE)?;
            let mut info = der::children(digest_info.content);
            let algorithm = AlgorithmIdentifier::from_tlv(info.next()?)?;
            let digest = info.next().filter(|t| t.tag == tag::OCTET_STRING)?.content;
            let salt = fields
                .next()
                .filter(|t| t.tag == tag::OCTET_STRING)?
                .content;
            let iterations = fields.next().and_then(pbe::small_integer).unwrap_or(1);
            Some(MacData {
                algorithm,
                digest,
                salt,
                iterations,
            })
        });
        Some(Pfx {
            auth_safe: auth_safe.content,
            mac,
        })
    }
}

/// `ContentInfo ::= SEQUENCE { contentType OID, content [0] EXPLICIT ANY }`: the type and the
/// content's encoding.
fn content_info(tlv: Tlv<'_>) -> Option<(String, &[u8])> {
    if tlv.tag != tag::SEQUENCE {
        return None;
    }
    let mut parts = der::children(tlv.content);
    let oid = der::oid_string(parts.next().filter(|t| t.tag == tag::OID)?.content)?;
    let content = parts.next().filter(|t| t.tag == 0xa0)?.content;
    Some((oid, content))
}

/// Which password opened the keystore, if any (only whether it was empty is kept for the report).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Opened<'p> {
    With(&'p str),
    No,
}

fn read(
    pfx: &Pfx<'_>,
    mut place: Place,
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) -> Result<(), String> {
    let registry = context.registry;
    let mut passwords: Vec<&str> = unlock::DEFAULT_PASSWORDS.to_vec();
    passwords.extend(context.keystore_passwords.iter().map(String::as_str));

    // The MAC: its algorithm always; and the password it confirms.
    let mut opened = Opened::No;
    if let Some(mac) = &pfx.mac {
        let hash = registry.by_oid(&mac.algorithm.oid);
        let name = hash.map(|d| format!("HMAC-{}", d.name()));
        let algorithm = match name.as_deref().and_then(|n| registry.by_name(n)) {
            Some(hmac) => hmac.algorithm(),
            None if mac.algorithm.oid == OID_PBMAC1 => registry.by_name("PBMAC1").map_or_else(
                || registry.unknown_oid(OID_PBMAC1, Primitive::Mac),
                |d| d.algorithm(),
            ),
            None => registry.unknown_oid(&mac.algorithm.oid, Primitive::Mac),
        };
        let mut at = place.clone();
        at.context = Some(format!(
            "PKCS#12 integrity MAC {}, {} iterations",
            algorithm.name, mac.iterations
        ));
        sink.found(Asset::algorithm(algorithm), at);
        for password in &passwords {
            let encodings = if password.is_empty() {
                vec![Vec::new(), vec![0, 0]]
            } else {
                vec![unlock::bmp_password(password)]
            };
            let matched = encodings.iter().any(|bmp| {
                unlock::pkcs12_mac_matches(
                    &mac.algorithm.oid,
                    mac.digest,
                    mac.salt,
                    mac.iterations,
                    bmp,
                    pfx.auth_safe,
                ) == Some(true)
            });
            if matched {
                opened = Opened::With(password);
                break;
            }
        }
    }
    let candidates: Vec<&str> = match (opened, &pfx.mac) {
        (Opened::With(password), _) => vec![password],
        // No MAC (or one that cannot be checked here): try the defaults on the contents themselves.
        (Opened::No, None) => passwords.clone(),
        (Opened::No, Some(_)) => Vec::new(),
    };
    let note = match opened {
        Opened::With("") => "; the keystore opens with an empty password",
        Opened::With(_) => "; the keystore opens with a well-known default password",
        Opened::No => "",
    };
    place.context = None;

    // AuthenticatedSafe: a SEQUENCE OF ContentInfo, each plain data or password-encrypted data.
    let (safe, _) =
        der::expect(pfx.auth_safe, tag::SEQUENCE).ok_or("unreadable AuthenticatedSafe")?;
    for info in der::children(safe.content) {
        let Some((content_type, content)) = content_info(info) else {
            continue;
        };
        match content_type.as_str() {
            OID_DATA => {
                let (octets, _) =
                    der::expect(content, tag::OCTET_STRING).ok_or("unreadable data content")?;
                safe_contents(
                    octets.content,
                    &candidates,
                    note,
                    None,
                    0,
                    &place,
                    context,
                    sink,
                );
            }
            OID_ENCRYPTED_DATA => {
                // EncryptedData { version, EncryptedContentInfo { type, algorithm, [0] IMPLICIT data } }
                let (encrypted, _) =
                    der::expect(content, tag::SEQUENCE).ok_or("unreadable encrypted data")?;
                let info = der::children(encrypted.content)
                    .nth(1)
                    .ok_or("unreadable encrypted data")?;
                let mut fields = der::children(info.content);
                let _type = fields.next();
                let algorithm = fields
                    .next()
                    .and_then(AlgorithmIdentifier::from_tlv)
                    .ok_or("unreadable content encryption algorithm")?;
                let ciphertext = fields.next().filter(|t| t.tag == 0x80).map(|t| t.content);
                let mut facts = pbe::from_algorithm(registry, &algorithm);
                facts.description =
                    format!("certificates encrypted with {}{note}", facts.description);
                let protection = facts.report(&place, sink);
                let plain = ciphertext.and_then(|c| {
                    candidates
                        .iter()
                        .find_map(|password| unlock::decrypt(&algorithm, password, c))
                });
                if let Some(plain) = plain {
                    safe_contents(
                        &plain,
                        &candidates,
                        note,
                        Some(protection),
                        0,
                        &place,
                        context,
                        sink,
                    );
                }
            }
            other => sink.diagnostic(
                DiagnosticKind::Unsupported,
                format!("PKCS#12 content of type {other} (public-key protected) is not read"),
            ),
        }
    }
    Ok(())
}

/// The friendly name (alias) of a bag, from its attributes.
fn friendly_name(attributes: Option<Tlv<'_>>) -> Option<String> {
    for attribute in der::children(attributes?.content) {
        let mut parts = der::children(attribute.content);
        let oid = parts.next().and_then(|t| der::oid_string(t.content));
        if oid.as_deref() == Some(OID_FRIENDLY_NAME) {
            let values = parts.next()?;
            let (value, _) = der::read(values.content)?;
            let units: Vec<u16> = value
                .content
                .chunks_exact(2)
                .map(|pair| {
                    u16::from_be_bytes([
                        pair.first().copied().unwrap_or(0),
                        pair.get(1).copied().unwrap_or(0),
                    ])
                })
                .collect();
            return Some(String::from_utf16_lossy(&units));
        }
    }
    None
}

/// Reads a SafeContents (`SEQUENCE OF SafeBag`) and reports its certificates and keys.
#[allow(clippy::too_many_arguments)]
fn safe_contents(
    bytes: &[u8],
    passwords: &[&str],
    note: &str,
    container: Option<Protection>,
    depth: usize,
    place: &Place,
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) {
    if depth > MAX_DEPTH {
        return;
    }
    let Some((bags, _)) = der::expect(bytes, tag::SEQUENCE) else {
        sink.diagnostic(
            DiagnosticKind::Malformed,
            "PKCS#12: unreadable SafeContents",
        );
        return;
    };
    for bag in der::children(bags.content).take(10_000) {
        let mut parts = der::children(bag.content);
        let Some(bag_type) = parts.next().and_then(|t| der::oid_string(t.content)) else {
            continue;
        };
        let Some(value) = parts
            .next()
            .filter(|t| t.tag == 0xa0)
            .and_then(|t| der::read(t.content))
        else {
            continue;
        };
        let (value, _) = value;
        let raw_value = der::encode(value.tag, value.content);
        let alias = friendly_name(parts.next());
        let mut at = place.clone();
        at.symbol = Some(match &alias {
            Some(alias) => format!("pkcs12 alias \"{alias}\""),
            None => "pkcs12".to_owned(),
        });
        let outcome = match bag_type.as_str() {
            OID_CERT_BAG => {
                // CertBag { certId x509Certificate, certValue [0] EXPLICIT OCTET STRING }
                let mut fields = der::children(value.content);
                let kind = fields.next().and_then(|t| der::oid_string(t.content));
                let certificate = fields
                    .next()
                    .filter(|t| t.tag == 0xa0)
                    .and_then(|t| der::expect(t.content, tag::OCTET_STRING))
                    .map(|(octets, _)| octets.content);
                match (kind.as_deref(), certificate) {
                    (Some(OID_X509_CERTIFICATE), Some(der_bytes)) => {
                        x509::report_certificate(der_bytes, at, context, sink)
                    }
                    _ => Ok(()),
                }
            }
            OID_KEY_BAG => keys::pkcs8(
                &raw_value,
                "PKCS#12 key bag",
                container.clone(),
                at,
                context,
                sink,
            ),
            OID_SHROUDED_KEY_BAG => shrouded_key(&raw_value, passwords, note, at, context, sink),
            OID_SAFE_CONTENTS_BAG => {
                safe_contents(
                    &raw_value,
                    passwords,
                    note,
                    container.clone(),
                    depth + 1,
                    place,
                    context,
                    sink,
                );
                Ok(())
            }
            OID_SECRET_BAG => {
                sink.diagnostic(
                    DiagnosticKind::Unsupported,
                    "PKCS#12 secret bag: its type is not read",
                );
                Ok(())
            }
            _ => Ok(()),
        };
        if let Err(problem) = outcome {
            sink.diagnostic(DiagnosticKind::Malformed, format!("PKCS#12 bag: {problem}"));
        }
    }
}

/// A pkcs8ShroudedKeyBag: an EncryptedPrivateKeyInfo, opened when a default password works.
fn shrouded_key(
    raw: &[u8],
    passwords: &[&str],
    note: &str,
    place: Place,
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) -> Result<(), String> {
    let (info, _) = der::expect(raw, tag::SEQUENCE).ok_or("unreadable shrouded key")?;
    let mut parts = der::children(info.content);
    let algorithm = parts
        .next()
        .and_then(AlgorithmIdentifier::from_tlv)
        .ok_or("unreadable key encryption")?;
    let ciphertext = parts
        .next()
        .filter(|t| t.tag == tag::OCTET_STRING)
        .ok_or("no encrypted key")?
        .content;
    let plain = passwords
        .iter()
        .find_map(|password| unlock::decrypt(&algorithm, password, ciphertext));
    match plain {
        Some(plain) => {
            let mut facts = pbe::from_algorithm(context.registry, &algorithm);
            facts.description = format!("{}{note}", facts.description);
            let protection = facts.report(&place, sink);
            keys::pkcs8(
                &plain,
                "PKCS#12 shrouded key bag",
                Some(protection),
                place,
                context,
                sink,
            )
        }
        None => keys::encrypted_pkcs8(raw, "PKCS#12 shrouded key bag", place, context, sink),
    }
}
