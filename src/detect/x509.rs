//! X.509 certificates in PEM (any file, any number of blocks, embedded in other text) and DER
//! (whole files, concatenated DER), under any file name.
//!
//! Each certificate becomes a certificate asset linked to two more: its signature algorithm and its
//! subject public key (which links to the key's algorithm, sized by modulus or curve). All four share
//! the certificate's occurrence, so a search for "where is SHA-1 used" finds the certificates too.
//! Parsing is done by `x509-parser`; the algorithm identifiers and the public key are read by
//! [`super::spki`] and resolved through the registry, so post-quantum and composite certificates come
//! out with their real names and unknown OIDs stay visible as unknown.

use x509_parser::certificate::X509Certificate;
use x509_parser::prelude::FromDer;
use x509_parser::x509::X509Name;

use super::spki::{self, AlgorithmIdentifier, KeyRole};
use super::{Context, Detector, Input, Place, Sink};
use crate::der::{self, tag};
use crate::model::{Asset, Certificate, DiagnosticKind, KeyKind};
use crate::pem::PemError;
use crate::sniff::{self, FileKind, Sniff};

/// PEM labels that hold a certificate (OpenSSL's TRUSTED CERTIFICATE appends trust settings).
const CERTIFICATE_LABELS: [&str; 3] = ["CERTIFICATE", "TRUSTED CERTIFICATE", "X509 CERTIFICATE"];

/// Key usage bits in RFC 5280 order, with their names.
const KEY_USAGE_NAMES: [&str; 9] = [
    "digitalSignature",
    "nonRepudiation",
    "keyEncipherment",
    "dataEncipherment",
    "keyAgreement",
    "keyCertSign",
    "cRLSign",
    "encipherOnly",
    "decipherOnly",
];

/// Short names for distinguished-name attributes (RFC 4514 and the names OpenSSL prints).
const ATTRIBUTE_NAMES: &[(&str, &str)] = &[
    ("0.9.2342.19200300.100.1.1", "UID"),
    ("0.9.2342.19200300.100.1.25", "DC"),
    ("1.2.840.113549.1.9.1", "emailAddress"),
    ("1.3.6.1.4.1.311.60.2.1.1", "jurisdictionL"),
    ("1.3.6.1.4.1.311.60.2.1.2", "jurisdictionST"),
    ("1.3.6.1.4.1.311.60.2.1.3", "jurisdictionC"),
    ("2.5.4.10", "O"),
    ("2.5.4.11", "OU"),
    ("2.5.4.12", "title"),
    ("2.5.4.15", "businessCategory"),
    ("2.5.4.17", "postalCode"),
    ("2.5.4.3", "CN"),
    ("2.5.4.4", "SN"),
    ("2.5.4.42", "GN"),
    ("2.5.4.43", "initials"),
    ("2.5.4.44", "generationQualifier"),
    ("2.5.4.46", "dnQualifier"),
    ("2.5.4.5", "serialNumber"),
    ("2.5.4.6", "C"),
    ("2.5.4.65", "pseudonym"),
    ("2.5.4.7", "L"),
    ("2.5.4.8", "ST"),
    ("2.5.4.9", "street"),
    ("2.5.4.97", "organizationIdentifier"),
];

/// The X.509 certificate detector.
pub struct X509Detector;

impl Detector for X509Detector {
    fn id(&self) -> &'static str {
        "x509"
    }

    fn wants(&self, sniff: &Sniff) -> bool {
        sniff.has_pem || sniff.kind == FileKind::Der
    }

    fn detect(&self, input: &Input<'_>, context: &Context<'_>, sink: &mut Sink<'_>) {
        for block in input.pem_blocks() {
            if !CERTIFICATE_LABELS.contains(&block.label) {
                continue;
            }
            let place = Place::at_line(block.line, block.offset);
            match &block.body {
                Ok(der) => {
                    if let Err(problem) = report_certificate(der, place, context, sink) {
                        sink.diagnostic(
                            DiagnosticKind::Malformed,
                            format!("{} block at line {}: {problem}", block.label, block.line),
                        );
                    }
                }
                // A marker quoted in prose or code is not a certificate, nor a broken one.
                Err(PemError::NoBody) => {}
                Err(problem) => sink.diagnostic(
                    DiagnosticKind::Malformed,
                    format!("{} block at line {}: {problem}", block.label, block.line),
                ),
            }
        }
        if input.sniff.kind == FileKind::Der {
            scan_der(input.bytes, context, sink);
        }
    }
}

/// Reads whole-file and concatenated DER certificates.
fn scan_der(bytes: &[u8], context: &Context<'_>, sink: &mut Sink<'_>) {
    for (offset, element) in sniff::der_elements(bytes) {
        let place = Place::at_offset(offset);
        match certificate_shape(element) {
            Shape::Certificate => {
                if let Err(problem) = report_certificate(element, place, context, sink) {
                    sink.diagnostic(
                        DiagnosticKind::Malformed,
                        format!("DER certificate at offset {offset}: {problem}"),
                    );
                }
            }
            // Version-1 certificates look like other structures (CSRs); try quietly.
            Shape::Maybe => {
                let _ = report_certificate(element, place, context, sink);
            }
            Shape::Other => {}
        }
    }
}

enum Shape {
    Certificate,
    Maybe,
    Other,
}

/// Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version | serial INTEGER, ... }, ... }.
fn certificate_shape(element: &[u8]) -> Shape {
    let tbs_first = der::expect(element, tag::SEQUENCE)
        .and_then(|(outer, _)| der::expect(outer.content, tag::SEQUENCE))
        .and_then(|(tbs, _)| tbs.content.first().copied());
    match tbs_first {
        Some(0xa0) => Shape::Certificate,
        Some(tag::INTEGER) => Shape::Maybe,
        _ => Shape::Other,
    }
}

/// Parses one DER certificate and reports it with its linked assets (also used for certificates
/// found inside PKCS#7 bundles and keystores).
pub fn report_certificate(
    der_bytes: &[u8],
    mut place: Place,
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) -> Result<(), String> {
    let (rest, certificate) = X509Certificate::from_der(der_bytes)
        .map_err(|e| format!("does not parse as an X.509 certificate ({e})"))?;
    let certificate_der = der_bytes
        .get(..der_bytes.len() - rest.len())
        .unwrap_or(der_bytes);
    let registry = context.registry;

    let signature_id =
        outer_signature_algorithm(certificate_der).ok_or("unreadable signature algorithm")?;
    let signature = spki::signature_algorithm(registry, &signature_id);

    let key_usage: Vec<&'static str> = match certificate.key_usage() {
        Ok(Some(usage)) => KEY_USAGE_NAMES
            .iter()
            .enumerate()
            .filter(|(bit, _)| usage.value.flags >> bit & 1 == 1)
            .map(|(_, name)| *name)
            .collect(),
        _ => Vec::new(),
    };
    let role = key_role(&key_usage);
    let key_facts = spki::describe_spki(registry, certificate.public_key().raw, role)
        .ok_or("unreadable subject public key")?;

    let subject = distinguished_name(certificate.subject());
    let issuer = distinguished_name(certificate.issuer());
    let signature_asset = Asset::algorithm(signature);
    let (key_algorithm_asset, key) =
        key_facts.into_key(KeyKind::Public, "X.509 SubjectPublicKeyInfo");
    let key_asset = Asset::key(key);
    let validity = certificate.validity();
    let basic_constraints_ca = match certificate.basic_constraints() {
        Ok(Some(constraints)) => Some(constraints.value.ca),
        _ => None,
    };
    let certificate_asset = Asset::certificate(Certificate {
        self_issued: subject == issuer,
        format: "X.509",
        subject: subject.clone(),
        issuer,
        serial_hex: der::integer_hex(certificate.raw_serial()),
        not_before: validity.not_before.timestamp(),
        not_after: validity.not_after.timestamp(),
        sha256: spki::sha256_hex(certificate_der),
        signature_algorithm: signature_asset.id.clone(),
        public_key: key_asset.id.clone(),
        version: certificate.version().0.saturating_add(1),
        basic_constraints_ca,
        key_usage,
    });

    let shown = super::clean_text(subject.as_bytes());
    // Where the certificate was found, when the caller says (inside a binary, a bundle).
    let origin = place
        .context
        .take()
        .map(|c| format!(" ({c})"))
        .unwrap_or_default();
    place.context = Some(format!("certificate {shown}{origin}"));
    sink.found(certificate_asset, place.clone());
    place.symbol = Some("signatureAlgorithm".to_owned());
    place.context = Some(format!("signature algorithm of {shown}{origin}"));
    sink.found(signature_asset, place.clone());
    place.symbol = Some("subjectPublicKeyInfo".to_owned());
    place.context = Some(format!("public key of {shown}{origin}"));
    sink.found(key_asset, place.clone());
    place.context = Some(format!("public key algorithm of {shown}{origin}"));
    sink.found(key_algorithm_asset, place);
    Ok(())
}

/// The role the key usage extension allows the key: key establishment if it may encipher keys or
/// agree on them (the harvest-now-decrypt-later exposure), signature if it may only sign, unspecified
/// without the extension.
fn key_role(key_usage: &[&str]) -> KeyRole {
    if key_usage.is_empty() {
        KeyRole::Unspecified
    } else if key_usage
        .iter()
        .any(|u| matches!(*u, "keyEncipherment" | "dataEncipherment" | "keyAgreement"))
    {
        KeyRole::KeyEstablishment
    } else {
        KeyRole::Signature
    }
}

/// The outer signature algorithm of a signed structure `SEQUENCE { tbs, signatureAlgorithm, signature }`
/// (a certificate, CSR or CRL: the one that names how it was signed).
pub(crate) fn outer_signature_algorithm(certificate_der: &[u8]) -> Option<AlgorithmIdentifier<'_>> {
    let (outer, _) = der::expect(certificate_der, tag::SEQUENCE)?;
    let mut parts = der::children(outer.content);
    let _tbs = parts.next()?;
    AlgorithmIdentifier::from_tlv(parts.next()?)
}

/// Formats a distinguished name as RFC 4514 does: most specific RDN first, `,` between RDNs, `+`
/// inside multi-valued RDNs, short attribute names, special characters escaped, and values that are
/// not strings as `#` followed by the hex of their DER encoding.
pub fn distinguished_name(name: &X509Name<'_>) -> String {
    let mut rdns: Vec<String> = name
        .iter_rdn()
        .map(|rdn| {
            rdn.iter()
                .map(|attribute| {
                    let oid = attribute.attr_type().to_id_string();
                    let label = ATTRIBUTE_NAMES
                        .binary_search_by(|(o, _)| (*o).cmp(oid.as_str()))
                        .ok()
                        .and_then(|i| ATTRIBUTE_NAMES.get(i))
                        .map_or(oid.clone(), |(_, n)| (*n).to_owned());
                    let value = attribute.attr_value();
                    let text = match decode_string(value.tag().0, value.data) {
                        Some(text) => escape_value(&text),
                        None => {
                            let mut encoded = Vec::new();
                            encoded.push(u8::try_from(value.tag().0).unwrap_or(0));
                            encode_length(&mut encoded, value.data.len());
                            encoded.extend_from_slice(value.data);
                            format!("#{}", hex::encode(encoded))
                        }
                    };
                    format!("{label}={text}")
                })
                .collect::<Vec<_>>()
                .join("+")
        })
        .collect();
    rdns.reverse();
    rdns.join(",")
}

fn encode_length(out: &mut Vec<u8>, len: usize) {
    if len < 0x80 {
        out.push(u8::try_from(len).unwrap_or(0));
    } else {
        let bytes = len.to_be_bytes();
        let significant: Vec<u8> = bytes.iter().copied().skip_while(|b| *b == 0).collect();
        out.push(0x80 | u8::try_from(significant.len()).unwrap_or(0));
        out.extend_from_slice(&significant);
    }
}

/// Decodes the ASN.1 string types used in names.
fn decode_string(tag_number: u32, data: &[u8]) -> Option<String> {
    match tag_number {
        // UTF8String, NumericString, PrintableString, IA5String, VisibleString.
        12 | 18 | 19 | 22 | 26 => std::str::from_utf8(data).ok().map(str::to_owned),
        // TeletexString: treated as Latin-1, as most software does.
        20 => Some(data.iter().map(|b| char::from(*b)).collect()),
        // BMPString: UCS-2 big-endian.
        30 => {
            let units: Vec<u16> = data
                .chunks_exact(2)
                .map(|pair| {
                    u16::from_be_bytes([
                        pair.first().copied().unwrap_or(0),
                        pair.get(1).copied().unwrap_or(0),
                    ])
                })
                .collect();
            data.len()
                .is_multiple_of(2)
                .then(|| String::from_utf16_lossy(&units))
        }
        // UniversalString: UCS-4 big-endian.
        28 => {
            if !data.len().is_multiple_of(4) {
                return None;
            }
            data.chunks_exact(4)
                .map(|quad| {
                    let word: [u8; 4] = quad.try_into().ok()?;
                    char::from_u32(u32::from_be_bytes(word))
                })
                .collect()
        }
        _ => None,
    }
}

/// Escapes an attribute value as RFC 4514 section 2.4 requires.
fn escape_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let last = value.chars().count().saturating_sub(1);
    for (i, c) in value.chars().enumerate() {
        let special = matches!(c, '"' | '+' | ',' | ';' | '<' | '>' | '\\')
            || (i == 0 && (c == ' ' || c == '#'))
            || (i == last && c == ' ');
        if c == '\0' {
            out.push_str("\\00");
        } else {
            if special {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_names_stay_sorted_for_binary_search() {
        assert!(ATTRIBUTE_NAMES.windows(2).all(|w| match w {
            [a, b] => a.0 < b.0,
            _ => true,
        }));
    }

    #[test]
    fn escapes_values_as_rfc_4514_says() {
        assert_eq!(escape_value("Acme, Inc."), "Acme\\, Inc.");
        assert_eq!(escape_value(" lead"), "\\ lead");
        assert_eq!(escape_value("#hash"), "\\#hash");
        assert_eq!(escape_value("trail "), "trail\\ ");
        assert_eq!(escape_value("a+b=c"), "a\\+b=c");
    }

    #[test]
    fn decodes_name_string_types() {
        assert_eq!(
            decode_string(30, &[0x00, 0x41, 0x00, 0xe9]).as_deref(),
            Some("Aé")
        );
        assert_eq!(decode_string(28, &[0, 0, 0, 0x42]).as_deref(), Some("B"));
        assert_eq!(decode_string(20, &[0xe9]).as_deref(), Some("é"));
        assert_eq!(decode_string(4, b"x"), None);
    }

    #[test]
    fn key_usage_decides_the_role() {
        assert_eq!(key_role(&[]), KeyRole::Unspecified);
        assert_eq!(
            key_role(&["digitalSignature", "keyCertSign"]),
            KeyRole::Signature
        );
        assert_eq!(
            key_role(&["digitalSignature", "keyEncipherment"]),
            KeyRole::KeyEstablishment
        );
        assert_eq!(key_role(&["keyAgreement"]), KeyRole::KeyEstablishment);
    }
}
