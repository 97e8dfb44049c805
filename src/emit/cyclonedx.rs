//! CycloneDX 1.6 and 1.7 JSON, with this module's own serde types.
//!
//! `cyclonedx-bom` 0.8 stops at spec 1.5 and cannot express `cryptoProperties`, so the wire types are
//! written here, covering exactly what cryptoscope emits. 1.6 is the default; 1.7 adds
//! `algorithmFamily`, `ellipticCurve`, certificate serial numbers, fingerprints, states and extensions,
//! key fingerprints, and `relatedCryptographicAssets` in place of the `*Ref` fields it deprecates. The
//! 1.6 schema rejects every 1.7 field, so each is written only for 1.7.
//!
//! The document is deterministic: components in identifier order, occurrences sorted, the timestamp
//! from the report, and a serial number derived from the document's own content and timestamp.

use serde::Serialize;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::inventory::InventoryAsset;
use crate::model::{Algorithm, AssetBody, Certificate, Key, KeyIdBasis, Library, Primitive};
use crate::report::Report;
use crate::score::{MODEL_VERSION, Verdict};

/// The CycloneDX specification version to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpecVersion {
    /// CycloneDX 1.6 (the default).
    V1_6,
    /// CycloneDX 1.7.
    V1_7,
}

impl SpecVersion {
    /// The version string.
    pub fn as_str(self) -> &'static str {
        match self {
            SpecVersion::V1_6 => "1.6",
            SpecVersion::V1_7 => "1.7",
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Bom {
    bom_format: &'static str,
    spec_version: &'static str,
    serial_number: String,
    version: u32,
    metadata: Metadata,
    components: Vec<Component>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    dependencies: Vec<Dependency>,
}

#[derive(Serialize)]
struct Metadata {
    timestamp: String,
    tools: Tools,
    component: MetadataComponent,
    properties: Vec<Property>,
}

#[derive(Serialize)]
struct Tools {
    components: Vec<ToolComponent>,
}

#[derive(Serialize)]
struct ToolComponent {
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'static str,
    version: &'static str,
    description: &'static str,
}

#[derive(Serialize)]
struct MetadataComponent {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "bom-ref")]
    bom_ref: &'static str,
    name: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Component {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "bom-ref")]
    bom_ref: String,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    purl: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    crypto_properties: Option<CryptoProperties>,
    evidence: Evidence,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    properties: Vec<Property>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CryptoProperties {
    asset_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    algorithm_properties: Option<AlgorithmProperties>,
    #[serde(skip_serializing_if = "Option::is_none")]
    certificate_properties: Option<CertificateProperties>,
    #[serde(skip_serializing_if = "Option::is_none")]
    related_crypto_material_properties: Option<RelatedCryptoMaterialProperties>,
    #[serde(skip_serializing_if = "Option::is_none")]
    protocol_properties: Option<ProtocolProperties>,
    #[serde(skip_serializing_if = "Option::is_none")]
    oid: Option<String>,
}

/// A protocol asset: its type (in the CycloneDX enumeration) and version.
#[derive(Serialize)]
struct ProtocolProperties {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<String>,
}

/// The CycloneDX protocol type of a registry protocol family.
fn protocol_type(family: Option<&str>) -> &'static str {
    match family.map(str::to_ascii_lowercase).as_deref() {
        Some("tls" | "ssl" | "dtls") => "tls",
        Some("ssh") => "ssh",
        Some("ipsec") => "ipsec",
        Some("ike") => "ike",
        Some(_) => "other",
        None => "unknown",
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AlgorithmProperties {
    primitive: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    algorithm_family: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    parameter_set_identifier: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    curve: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    elliptic_curve: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mode: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    padding: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    crypto_functions: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    classical_security_level: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    nist_quantum_security_level: Option<u8>,
}

#[derive(Serialize)]
struct HashValue {
    alg: &'static str,
    content: String,
}

#[derive(Serialize)]
struct RelatedAsset {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "ref")]
    reference: String,
}

#[derive(Serialize)]
struct CertificateState {
    state: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CertificateExtension {
    common_extension_name: &'static str,
    common_extension_value: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CertificateProperties {
    #[serde(skip_serializing_if = "Option::is_none")]
    serial_number: Option<String>,
    subject_name: String,
    issuer_name: String,
    not_valid_before: String,
    not_valid_after: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    signature_algorithm_ref: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject_public_key_ref: Option<String>,
    certificate_format: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    fingerprint: Option<HashValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    certificate_state: Option<Vec<CertificateState>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    certificate_extensions: Option<Vec<CertificateExtension>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    related_cryptographic_assets: Option<Vec<RelatedAsset>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RelatedCryptoMaterialProperties {
    #[serde(rename = "type")]
    kind: &'static str,
    id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    algorithm_ref: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    size: Option<u32>,
    format: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    secured_by: Option<SecuredBy>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fingerprint: Option<HashValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    related_cryptographic_assets: Option<Vec<RelatedAsset>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SecuredBy {
    mechanism: String,
    algorithm_ref: String,
}

#[derive(Serialize)]
struct Evidence {
    occurrences: Vec<OccurrenceOut>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct OccurrenceOut {
    location: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    offset: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    symbol: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    additional_context: Option<String>,
}

#[derive(Serialize)]
struct Property {
    name: &'static str,
    value: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Dependency {
    #[serde(rename = "ref")]
    reference: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    depends_on: Vec<String>,
    /// What a library implements (CycloneDX 1.6 `provides`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    provides: Vec<String>,
}

fn property(name: &'static str, value: impl Into<String>) -> Property {
    Property {
        name,
        value: value.into(),
    }
}

/// RFC 3339 UTC timestamp with second precision.
pub fn rfc3339(seconds: i64) -> String {
    OffsetDateTime::from_unix_timestamp(seconds)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".to_owned())
}

fn algorithm_properties(algorithm: &Algorithm, spec: SpecVersion) -> AlgorithmProperties {
    let v17 = spec == SpecVersion::V1_7;
    let primitive = match (algorithm.primitive, spec) {
        (Primitive::KeyWrap, SpecVersion::V1_6) => "other",
        (p, _) => p.as_str(),
    };
    let elliptic_curve = if v17 {
        algorithm.curve.as_ref().and_then(|c| c.cdx.clone())
    } else {
        None
    };
    // 1.7 deprecates `curve`; it is kept there only for curves outside the 1.7 enumeration.
    let curve = match (&algorithm.curve, &elliptic_curve) {
        (Some(c), None) => Some(c.name.clone()),
        _ => None,
    };
    AlgorithmProperties {
        primitive,
        algorithm_family: if v17 { algorithm.family.clone() } else { None },
        parameter_set_identifier: algorithm.parameter_set.clone(),
        curve,
        elliptic_curve,
        mode: algorithm.mode.clone(),
        padding: algorithm.padding.clone(),
        crypto_functions: algorithm.functions.clone(),
        classical_security_level: algorithm.classical_bits,
        nist_quantum_security_level: algorithm.quantum_level.filter(|_| algorithm.is_known()),
    }
}

fn verdict_properties(verdict: &Verdict) -> Vec<Property> {
    let mut properties = vec![
        property("cryptoscope:quantum:class", verdict.class.as_str()),
        property("cryptoscope:quantum:rule", verdict.rule),
        property("cryptoscope:quantum:points", verdict.points.to_string()),
        property("cryptoscope:quantum:weight", verdict.weight.to_string()),
        property("cryptoscope:quantum:reason", verdict.reason.clone()),
        property("cryptoscope:quantum:citation", verdict.citation.clone()),
    ];
    if let Some(tier) = verdict.tier {
        properties.push(property("cryptoscope:quantum:tier", tier));
    }
    if let Some(hint) = &verdict.replace_with {
        properties.push(property("cryptoscope:quantum:replace-with", hint.clone()));
    }
    if let Some(deadline) = verdict.outlives_deadline {
        properties.push(property("cryptoscope:quantum:outlives-deadline", deadline));
    }
    properties
}

fn certificate_state(certificate: &Certificate, now: i64) -> CertificateState {
    if now < certificate.not_before {
        CertificateState {
            state: "pre-activation",
            reason: Some(format!(
                "not valid before {}",
                rfc3339(certificate.not_before)
            )),
        }
    } else if now > certificate.not_after {
        CertificateState {
            state: "deactivated",
            reason: Some(format!("expired {}", rfc3339(certificate.not_after))),
        }
    } else {
        CertificateState {
            state: "active",
            reason: None,
        }
    }
}

fn certificate_name(certificate: &Certificate) -> String {
    if certificate.subject.is_empty() {
        format!(
            "certificate sha256:{}",
            certificate.sha256.get(..16).unwrap_or_default()
        )
    } else {
        certificate.subject.clone()
    }
}

fn component(item: &InventoryAsset, report: &Report, spec: SpecVersion) -> Component {
    let v17 = spec == SpecVersion::V1_7;
    let id = item.asset.id.as_str().to_owned();
    let mut properties = report
        .assessment
        .verdicts
        .get(&item.asset.id)
        .map(verdict_properties)
        .unwrap_or_default();
    let (name, crypto_properties) = match &item.asset.body {
        AssetBody::Algorithm(algorithm) if algorithm.primitive == Primitive::Protocol => {
            if let Some(status) = algorithm.status {
                properties.push(property("cryptoscope:algorithm:status", status.as_str()));
            }
            (
                algorithm.name.clone(),
                Some(CryptoProperties {
                    asset_type: "protocol",
                    algorithm_properties: None,
                    certificate_properties: None,
                    related_crypto_material_properties: None,
                    protocol_properties: Some(ProtocolProperties {
                        kind: protocol_type(algorithm.family.as_deref()),
                        version: algorithm.parameter_set.clone(),
                    }),
                    oid: None,
                }),
            )
        }
        AssetBody::Algorithm(algorithm) => {
            if let Some(status) = algorithm.status {
                properties.push(property("cryptoscope:algorithm:status", status.as_str()));
            }
            (
                algorithm.name.clone(),
                Some(CryptoProperties {
                    asset_type: "algorithm",
                    algorithm_properties: Some(algorithm_properties(algorithm, spec)),
                    certificate_properties: None,
                    related_crypto_material_properties: None,
                    protocol_properties: None,
                    oid: algorithm.oid.clone(),
                }),
            )
        }
        AssetBody::Certificate(certificate) => {
            properties.extend(certificate_facts(certificate, report.timestamp));
            (
                certificate_name(certificate),
                Some(CryptoProperties {
                    asset_type: "certificate",
                    algorithm_properties: None,
                    certificate_properties: Some(certificate_properties(
                        certificate,
                        report.timestamp,
                        spec,
                    )),
                    related_crypto_material_properties: None,
                    protocol_properties: None,
                    oid: None,
                }),
            )
        }
        AssetBody::Key(key) => {
            let algorithm_name = key
                .algorithm
                .as_ref()
                .and_then(|id| report.inventory.get(id))
                .and_then(|a| match &a.asset.body {
                    AssetBody::Algorithm(alg) => Some(alg.name.clone()),
                    _ => None,
                })
                .unwrap_or_else(|| "unknown-algorithm".to_owned());
            properties.extend(key_facts(key));
            (
                format!(
                    "{algorithm_name} {} {}:{}",
                    key.kind.as_str(),
                    key.id_basis.as_str(),
                    key.fingerprint.get(..16).unwrap_or_default()
                ),
                Some(CryptoProperties {
                    asset_type: "related-crypto-material",
                    algorithm_properties: None,
                    certificate_properties: None,
                    related_crypto_material_properties: Some(key_properties(key, v17)),
                    protocol_properties: None,
                    oid: None,
                }),
            )
        }
        AssetBody::Library(library) => {
            properties.extend(library_facts(library));
            (library.name.clone(), None)
        }
    };
    let suppressed = item
        .occurrences
        .iter()
        .filter(|o| o.suppressed.is_some())
        .count();
    if suppressed > 0 {
        properties.push(property(
            "cryptoscope:suppressed-occurrences",
            suppressed.to_string(),
        ));
    }
    if let (Some(new), Some(known)) = (&report.new_since_baseline, &report.baseline_assets) {
        let fresh = new.get(&item.asset.id).map_or(0, Vec::len);
        let state = if !known.contains(item.asset.id.as_str()) {
            "new".to_owned()
        } else if fresh > 0 {
            format!(
                "known, {fresh} new occurrence{}",
                if fresh == 1 { "" } else { "s" }
            )
        } else {
            "known".to_owned()
        };
        properties.push(property("cryptoscope:baseline", state));
    }
    let (kind, version, purl) = match &item.asset.body {
        AssetBody::Library(library) => {
            let version = match library.versions.len() {
                1 => library.versions.iter().next().cloned(),
                _ => None,
            };
            let purl = library.purl.as_ref().map(|base| match &version {
                Some(v) => format!("{base}@{v}"),
                None => base.clone(),
            });
            ("library", version, purl)
        }
        _ => ("cryptographic-asset", None, None),
    };
    Component {
        kind,
        bom_ref: id,
        name,
        version,
        purl,
        crypto_properties,
        evidence: Evidence {
            occurrences: item
                .occurrences
                .iter()
                .map(|o| OccurrenceOut {
                    location: o.location.clone(),
                    line: o.line,
                    // In code, the offset is the 0-based column on the line (as sonar-cryptography
                    // and CBOMkit write it); elsewhere the byte offset in the file.
                    offset: o
                        .column
                        .map(|c| u64::from(c.saturating_sub(1)))
                        .or(o.offset),
                    symbol: o.symbol.clone(),
                    additional_context: {
                        let text = crate::gate::evidence_text(o);
                        let text = match &o.suppressed {
                            Some(reason) if text.is_empty() => format!("[suppressed: {reason}]"),
                            Some(reason) => format!("{text} [suppressed: {reason}]"),
                            None => text,
                        };
                        (!text.is_empty()).then_some(text)
                    },
                })
                .collect(),
        },
        properties,
    }
}

/// A library's facts: its table id, the name it is linked as, every version seen when several
/// were, and what the seen versions can do.
fn library_facts(library: &Library) -> Vec<Property> {
    let mut facts = vec![property("cryptoscope:library:id", library.id.clone())];
    if let Some(linked) = &library.linked_as {
        facts.push(property("cryptoscope:library:linked-as", linked.clone()));
    }
    if library.versions.len() > 1 {
        let versions: Vec<&str> = library.versions.iter().map(String::as_str).collect();
        facts.push(property(
            "cryptoscope:library:versions",
            versions.join(", "),
        ));
    }
    if library.versions.is_empty() {
        facts.push(property("cryptoscope:library:version", "unknown"));
    }
    // With no version seen, only what every version of the library has.
    if !library.capabilities.is_empty() {
        let names: Vec<&str> = library.capabilities.iter().map(String::as_str).collect();
        facts.push(property(
            "cryptoscope:library:capabilities",
            names.join(", "),
        ));
    }
    facts
}

fn certificate_facts(certificate: &Certificate, now: i64) -> Vec<Property> {
    let mut facts = vec![
        property(
            "cryptoscope:certificate:serial",
            certificate.serial_hex.clone(),
        ),
        property("cryptoscope:certificate:sha256", certificate.sha256.clone()),
        property(
            "cryptoscope:certificate:expired",
            (now > certificate.not_after).to_string(),
        ),
        property(
            "cryptoscope:certificate:self-issued",
            certificate.self_issued.to_string(),
        ),
    ];
    if let Some(ca) = certificate.is_ca() {
        facts.push(property("cryptoscope:certificate:is-ca", ca.to_string()));
    }
    if !certificate.key_usage.is_empty() {
        facts.push(property(
            "cryptoscope:certificate:key-usage",
            certificate.key_usage.join(","),
        ));
    }
    facts
}

fn certificate_properties(
    certificate: &Certificate,
    now: i64,
    spec: SpecVersion,
) -> CertificateProperties {
    let v17 = spec == SpecVersion::V1_7;
    let signature = certificate.signature_algorithm.as_str().to_owned();
    let key = certificate.public_key.as_str().to_owned();
    let mut extensions = Vec::new();
    if let Some(ca) = certificate.basic_constraints_ca {
        extensions.push(CertificateExtension {
            common_extension_name: "basicConstraints",
            common_extension_value: if ca { "CA:TRUE" } else { "CA:FALSE" }.to_owned(),
        });
    }
    if !certificate.key_usage.is_empty() {
        extensions.push(CertificateExtension {
            common_extension_name: "keyUsage",
            common_extension_value: certificate.key_usage.join(", "),
        });
    }
    CertificateProperties {
        serial_number: v17.then(|| certificate.serial_hex.clone()),
        subject_name: certificate.subject.clone(),
        issuer_name: certificate.issuer.clone(),
        not_valid_before: rfc3339(certificate.not_before),
        not_valid_after: rfc3339(certificate.not_after),
        signature_algorithm_ref: (!v17).then(|| signature.clone()),
        subject_public_key_ref: (!v17).then(|| key.clone()),
        certificate_format: certificate.format,
        fingerprint: v17.then(|| HashValue {
            alg: "SHA-256",
            content: certificate.sha256.clone(),
        }),
        certificate_state: v17.then(|| vec![certificate_state(certificate, now)]),
        certificate_extensions: (v17 && !extensions.is_empty()).then_some(extensions),
        related_cryptographic_assets: v17.then(|| {
            vec![
                RelatedAsset {
                    kind: "signatureAlgorithm",
                    reference: signature,
                },
                RelatedAsset {
                    kind: "publicKey",
                    reference: key,
                },
            ]
        }),
    }
}

fn key_properties(key: &Key, v17: bool) -> RelatedCryptoMaterialProperties {
    let algorithm = key.algorithm.as_ref().map(|a| a.as_str().to_owned());
    // A fingerprint of the public part is a key fingerprint; a hash of an encrypted container is not.
    let public = key.id_basis != KeyIdBasis::Container;
    RelatedCryptoMaterialProperties {
        kind: key.kind.as_str(),
        id: format!("{}:{}", key.id_basis.as_str(), key.fingerprint),
        algorithm_ref: if v17 { None } else { algorithm.clone() },
        size: key.size_bits,
        format: key.format.clone(),
        secured_by: key.protection.as_ref().map(|p| SecuredBy {
            mechanism: p.description.clone(),
            algorithm_ref: p.scheme.as_str().to_owned(),
        }),
        fingerprint: (v17 && public).then(|| HashValue {
            alg: "SHA-256",
            content: key.fingerprint.clone(),
        }),
        related_cryptographic_assets: if v17 {
            algorithm.map(|reference| {
                vec![RelatedAsset {
                    kind: "algorithm",
                    reference,
                }]
            })
        } else {
            None
        },
    }
}

fn key_facts(key: &Key) -> Vec<Property> {
    let mut facts = vec![property(
        "cryptoscope:key:fingerprint-basis",
        key.id_basis.as_str(),
    )];
    if let Some(native) = &key.native_fingerprint {
        facts.push(property(
            "cryptoscope:key:native-fingerprint",
            native.clone(),
        ));
    }
    if let Some(protection) = &key.protection {
        facts.push(property(
            "cryptoscope:key:protection",
            protection.description.clone(),
        ));
    }
    if let Some(rsa) = &key.rsa {
        facts.push(property(
            "cryptoscope:key:public-exponent",
            exponent_text(&rsa.exponent),
        ));
    }
    for weakness in &key.weaknesses {
        facts.push(property("cryptoscope:key:weakness", weakness.describe()));
    }
    facts
}

/// A public exponent in decimal when it fits in 64 bits, in hex otherwise.
fn exponent_text(exponent: &[u8]) -> String {
    if exponent.len() <= 8 {
        exponent
            .iter()
            .fold(0u64, |acc, b| (acc << 8) | u64::from(*b))
            .to_string()
    } else {
        format!("0x{}", hex::encode(exponent))
    }
}

fn metadata_properties(report: &Report) -> Vec<Property> {
    let assessment = &report.assessment;
    let mut properties = Vec::new();
    match &assessment.score {
        Some(score) => {
            properties.push(property(
                "cryptoscope:quantum:score",
                score.value.to_string(),
            ));
            properties.push(property("cryptoscope:quantum:band", score.band.as_str()));
            properties.push(property(
                "cryptoscope:quantum:raw",
                format!("{:.1}", score.raw),
            ));
            properties.push(property("cryptoscope:quantum:cap", score.cap.to_string()));
            if let Some(reason) = &score.cap_reason {
                properties.push(property("cryptoscope:quantum:cap-reason", reason.clone()));
            }
        }
        None => {
            properties.push(property("cryptoscope:quantum:score", "none"));
            properties.push(property("cryptoscope:quantum:band", "none"));
            properties.push(property(
                "cryptoscope:quantum:cap-reason",
                if assessment.provided_only > 0 {
                    format!(
                        "no cryptographic assets in use: the {} found are only provided by library files",
                        assessment.provided_only
                    )
                } else {
                    "no cryptographic assets found: nothing to score".to_owned()
                },
            ));
        }
    }
    properties.push(property(
        "cryptoscope:quantum:profile",
        assessment.policy.profile.as_str(),
    ));
    properties.push(property(
        "cryptoscope:quantum:as-of",
        rfc3339(assessment.policy.as_of)
            .get(..10)
            .unwrap_or_default(),
    ));
    properties.push(property(
        "cryptoscope:quantum:coverage",
        format!("{:.3}", assessment.coverage),
    ));
    properties.push(property("cryptoscope:quantum:model-version", MODEL_VERSION));
    // Classified but left out of the score: only provided by library files, only suppressed.
    properties.push(property(
        "cryptoscope:quantum:not-scored-provided",
        assessment.provided_only.to_string(),
    ));
    properties.push(property(
        "cryptoscope:quantum:not-scored-suppressed",
        assessment.suppressed_only.to_string(),
    ));
    let stats = &report.stats;
    properties.push(property(
        "cryptoscope:scan:files-read",
        stats.files_read.to_string(),
    ));
    properties.push(property(
        "cryptoscope:scan:bytes-read",
        stats.bytes_read.to_string(),
    ));
    properties.push(property(
        "cryptoscope:scan:files-too-large",
        stats.files_too_large.to_string(),
    ));
    properties.push(property(
        "cryptoscope:scan:special-files",
        stats.special_files.to_string(),
    ));
    properties.push(property(
        "cryptoscope:scan:symlinks-not-followed",
        stats.symlinks_not_followed.to_string(),
    ));
    properties.push(property(
        "cryptoscope:scan:duplicate-paths",
        stats.duplicate_paths.to_string(),
    ));
    properties.push(property(
        "cryptoscope:forensics:rsa-moduli",
        report.forensics.moduli.to_string(),
    ));
    properties.push(property(
        "cryptoscope:forensics:batch-gcd",
        if report.forensics.batch_gcd {
            "ran".to_owned()
        } else {
            format!(
                "skipped: more than {} distinct moduli",
                crate::forensics::MAX_BATCH_GCD_MODULI
            )
        },
    ));
    properties.push(property(
        "cryptoscope:scan:diagnostics",
        report.inventory.diagnostics.len().to_string(),
    ));
    for diagnostic in &report.inventory.diagnostics {
        properties.push(property(
            "cryptoscope:diagnostic",
            format!(
                "{} {} [{}]: {}",
                diagnostic.kind.as_str(),
                diagnostic.location,
                diagnostic.source,
                diagnostic.message
            ),
        ));
    }
    properties
}

/// Formats 16 bytes as a version-8 (custom) UUID URN.
fn uuid_urn(digest: &[u8]) -> String {
    let mut bytes = [0u8; 16];
    for (slot, b) in bytes.iter_mut().zip(digest) {
        *slot = *b;
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let h = hex::encode(bytes);
    format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// Writes the report as a CycloneDX JSON document.
pub fn to_json(report: &Report, spec: SpecVersion) -> Result<String, serde_json::Error> {
    let components: Vec<Component> = report
        .inventory
        .assets
        .iter()
        .map(|item| component(item, report, spec))
        .collect();
    let dependencies = report
        .inventory
        .assets
        .iter()
        .filter_map(|item| {
            let refs = item.asset.references();
            let provides: Vec<String> = match &item.asset.body {
                AssetBody::Library(library) => library
                    .provides
                    .iter()
                    .map(|r| r.as_str().to_owned())
                    .collect(),
                _ => Vec::new(),
            };
            (!refs.is_empty() || !provides.is_empty()).then(|| Dependency {
                reference: item.asset.id.as_str().to_owned(),
                depends_on: refs.iter().map(|r| r.as_str().to_owned()).collect(),
                provides,
            })
        })
        .collect();
    let roots = report.roots.join(", ");
    let mut bom = Bom {
        bom_format: "CycloneDX",
        spec_version: spec.as_str(),
        serial_number: uuid_urn(&[0; 16]),
        version: 1,
        metadata: Metadata {
            timestamp: rfc3339(report.timestamp),
            tools: Tools {
                components: vec![ToolComponent {
                    kind: "application",
                    name: "cryptoscope",
                    version: env!("CARGO_PKG_VERSION"),
                    description: env!("CARGO_PKG_DESCRIPTION"),
                }],
            },
            component: MetadataComponent {
                kind: "application",
                bom_ref: "scan-root",
                name: if roots.is_empty() {
                    ".".to_owned()
                } else {
                    roots
                },
            },
            properties: metadata_properties(report),
        },
        components,
        dependencies,
    };
    // The serial number is derived from the document itself, so equal scans get equal serials and
    // different scans (or scan times) get different ones.
    let unsigned = serde_json::to_vec(&bom)?;
    bom.serial_number = uuid_urn(&Sha256::digest(&unsigned));
    let mut text = serde_json::to_string_pretty(&bom)?;
    text.push('\n');
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serial_numbers_are_version_8_uuids() {
        let urn = uuid_urn(&[0xff; 32]);
        assert_eq!(urn, "urn:uuid:ffffffff-ffff-8fff-bfff-ffffffffffff");
        assert_eq!(
            uuid_urn(&[0; 16]),
            "urn:uuid:00000000-0000-8000-8000-000000000000"
        );
    }

    #[test]
    fn timestamps_are_rfc3339_utc() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_924_991_999), "2030-12-31T23:59:59Z");
    }
}
