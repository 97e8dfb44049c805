//! SARIF 2.1.0 for code-scanning services (GitHub, GitLab, Azure DevOps): one result per occurrence
//! of every asset, so a pull request is annotated where each algorithm, key or certificate is.
//!
//! - Rules: one per asset (`ruleId` is the asset's bom-ref, so a service groups all places of MD5
//!   under one alert type), with the asset's class, reason, citation and replacement hint as help.
//! - Level from the class: broken classically is `error`, quantum-vulnerable `warning`,
//!   quantum-weakened and unknown `note`, quantum-safe `none`; a library component (what a binary
//!   links) is `note`; an occurrence seen only as provided by a library file is `none`.
//! - Locations: the path relative to the scan root (`uriBaseId` `SRCROOT`, the root as a file URI
//!   when the scan had one root), line and column for code, byte offset for binaries and DER.
//! - `partialFingerprints`: a hash of the asset, the path, the symbol and the evidence text, without
//!   the line number, so a finding keeps its identity when code above it moves.
//! - Diagnostics (unreadable, too large, malformed, ... files) are tool execution notifications.
//! - Suppressed and baseline-known findings carry SARIF `suppressions` and `baselineState`.

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::inventory::InventoryAsset;
use crate::model::{AssetBody, Diagnostic, DiagnosticKind, Occurrence};
use crate::report::Report;
use crate::score::{Class, Verdict};

/// The SARIF schema the document names.
const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    #[serde(skip_serializing_if = "Option::is_none")]
    original_uri_base_ids: Option<serde_json::Value>,
    invocations: Vec<Invocation>,
    results: Vec<ResultOut>,
    properties: serde_json::Value,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    information_uri: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: String,
    name: String,
    short_description: Text,
    full_description: Text,
    help: Text,
    default_configuration: Configuration,
    properties: serde_json::Value,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Notification {
    level: &'static str,
    message: Text,
    descriptor: Descriptor,
    locations: Vec<Location>,
}

#[derive(Serialize)]
struct Descriptor {
    id: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultOut {
    rule_id: String,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    partial_fingerprints: serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline_state: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suppressions: Vec<Suppression>,
    properties: serde_json::Value,
}

#[derive(Serialize)]
struct Suppression {
    kind: &'static str,
    justification: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    #[serde(skip_serializing_if = "Option::is_none")]
    start_line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_column: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    byte_offset: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<Text>,
}

/// The SARIF level of a verdict (`None` verdicts are library components).
pub fn level(verdict: Option<&Verdict>) -> &'static str {
    match verdict.map(|v| v.class) {
        Some(Class::BrokenClassically) => "error",
        Some(Class::QuantumVulnerable) => "warning",
        Some(Class::QuantumWeakened | Class::Unknown) | None => "note",
        Some(Class::QuantumSafe) => "none",
    }
}

/// A short name and kind for an asset.
fn describe(item: &InventoryAsset) -> (String, &'static str) {
    match &item.asset.body {
        AssetBody::Algorithm(a) if a.primitive == crate::model::Primitive::Protocol => {
            (a.name.clone(), "protocol")
        }
        AssetBody::Algorithm(a) => (a.name.clone(), "algorithm"),
        AssetBody::Certificate(c) => (format!("certificate {}", c.subject), "certificate"),
        AssetBody::Key(k) => (
            format!(
                "{} {}",
                k.kind.as_str(),
                k.fingerprint.get(..16).unwrap_or_default()
            ),
            "key",
        ),
        AssetBody::Library(l) => (format!("library {}", l.name), "library"),
    }
}

/// The stable identity of a finding across commits: asset, path, symbol and evidence, no line.
pub fn fingerprint(item: &InventoryAsset, occurrence: &Occurrence) -> String {
    let mut hash = Sha256::new();
    for part in [
        item.asset.id.as_str(),
        occurrence.location.as_str(),
        occurrence.symbol.as_deref().unwrap_or_default(),
        occurrence.context.as_deref().unwrap_or_default().trim(),
    ] {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    hex::encode(&hash.finalize()[..16])
}

fn uri_of(location: &str) -> String {
    // Percent-encode what a URI reference cannot hold; keep `/`.
    let mut out = String::with_capacity(location.len());
    for byte in location.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(char::from(byte))
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

fn location(path: &str, relative: bool, region: Option<Region>) -> Location {
    Location {
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri: uri_of(path),
                uri_base_id: relative.then_some("SRCROOT"),
            },
            region,
        },
    }
}

fn notification(diagnostic: &Diagnostic, relative: bool) -> Notification {
    let level = match diagnostic.kind {
        DiagnosticKind::Panicked | DiagnosticKind::Io => "error",
        DiagnosticKind::Malformed | DiagnosticKind::TooLarge | DiagnosticKind::Unsupported => {
            "warning"
        }
        DiagnosticKind::SpecialFile | DiagnosticKind::Symlink => "note",
    };
    Notification {
        level,
        message: Text {
            text: format!(
                "{} [{}]: {}",
                diagnostic.location, diagnostic.source, diagnostic.message
            ),
        },
        descriptor: Descriptor {
            id: diagnostic.kind.as_str().to_owned(),
        },
        locations: vec![location(&diagnostic.location, relative, None)],
    }
}

/// Writes the report as a SARIF 2.1.0 log.
pub fn to_json(report: &Report) -> Result<String, serde_json::Error> {
    // With one root, paths are relative to it; with several they start with the root as given.
    let relative = report.roots.len() == 1;
    let original_uri_base_ids = relative.then(|| {
        let root = report.roots.first().cloned().unwrap_or_default();
        let absolute = std::path::Path::new(&root)
            .canonicalize()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or(root);
        let mut uri = format!("file://{}", uri_of(&absolute));
        if !uri.ends_with('/') {
            uri.push('/');
        }
        serde_json::json!({ "SRCROOT": { "uri": uri } })
    });
    let mut rules = Vec::new();
    let mut results = Vec::new();
    for item in &report.inventory.assets {
        let verdict = report.assessment.verdicts.get(&item.asset.id);
        let (name, kind) = describe(item);
        let rule_index = rules.len();
        let class = verdict.map_or("not classified", |v| v.class.as_str());
        let hint = verdict
            .and_then(|v| v.replace_with.as_deref())
            .map(|r| format!(" Replace with {r}."))
            .unwrap_or_default();
        let reason = verdict
            .map(|v| v.reason.clone())
            .unwrap_or_else(|| match &item.asset.body {
                AssetBody::Library(l) => format!(
                    "{} implements cryptography{}",
                    l.name,
                    if l.versions.is_empty() {
                        String::new()
                    } else {
                        format!(
                            " (version {})",
                            l.versions.iter().cloned().collect::<Vec<_>>().join(", ")
                        )
                    }
                ),
                _ => "not classified".to_owned(),
            });
        let citation = verdict.map(|v| v.citation.clone()).unwrap_or_default();
        rules.push(Rule {
            id: item.asset.id.as_str().to_owned(),
            name: name.clone(),
            short_description: Text {
                text: format!("{name}: {class}"),
            },
            full_description: Text {
                text: format!("{reason}.{hint}"),
            },
            help: Text {
                text: format!(
                    "{name} ({kind}) is {class}: {reason}.{hint}{}",
                    if citation.is_empty() {
                        String::new()
                    } else {
                        format!(" Sources: {citation}.")
                    }
                ),
            },
            default_configuration: Configuration {
                level: level(verdict),
            },
            properties: serde_json::json!({
                "tags": ["cryptography", kind, class],
                "cryptoscope:class": class,
                "cryptoscope:points": verdict.map(|v| v.points),
            }),
        });
        for (index, occurrence) in item.occurrences.iter().enumerate() {
            let region =
                (occurrence.line.is_some() || occurrence.offset.is_some()).then(|| Region {
                    start_line: occurrence.line,
                    start_column: occurrence.line.and(occurrence.column),
                    // A byte offset only where there is no line (binaries, DER): a line and an offset
                    // together must agree, and for code the column says it.
                    byte_offset: occurrence
                        .line
                        .is_none()
                        .then_some(occurrence.offset)
                        .flatten(),
                    snippet: occurrence
                        .line
                        .and(occurrence.context.as_ref())
                        .map(|c| Text { text: c.clone() }),
                });
            let at = occurrence
                .symbol
                .as_deref()
                .map(|s| format!(" ({s})"))
                .unwrap_or_default();
            let level = if occurrence.provided {
                "none"
            } else {
                level(verdict)
            };
            results.push(ResultOut {
                rule_id: item.asset.id.as_str().to_owned(),
                rule_index,
                level,
                message: Text {
                    text: format!("{name}{at} is {class}: {reason}.{hint}"),
                },
                locations: vec![location(&occurrence.location, relative, region)],
                partial_fingerprints: serde_json::json!({
                    "cryptoscope/v1": fingerprint(item, occurrence)
                }),
                baseline_state: report.new_since_baseline.as_ref().map(|new| {
                    let fresh = new
                        .get(&item.asset.id)
                        .is_some_and(|indexes| indexes.contains(&index));
                    if fresh { "new" } else { "unchanged" }
                }),
                suppressions: occurrence
                    .suppressed
                    .iter()
                    .map(|reason| Suppression {
                        kind: if reason.ends_with("(inline comment)") {
                            "inSource"
                        } else {
                            "external"
                        },
                        justification: reason.clone(),
                    })
                    .collect(),
                properties: serde_json::json!({
                    "provided": occurrence.provided,
                    "context": occurrence.context,
                }),
            });
        }
    }
    let score = report.assessment.score.as_ref();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "cryptoscope",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri: "https://cyclonedx.org/capabilities/cbom/",
                    rules,
                },
            },
            original_uri_base_ids,
            invocations: vec![Invocation {
                execution_successful: true,
                tool_execution_notifications: report
                    .inventory
                    .diagnostics
                    .iter()
                    .map(|d| notification(d, relative))
                    .collect(),
            }],
            results,
            properties: serde_json::json!({
                "cryptoscope:quantum:score": score.map(|s| s.value),
                "cryptoscope:quantum:band": score.map(|s| s.band.as_str()),
                "cryptoscope:quantum:cap-reason": score.and_then(|s| s.cap_reason.clone()),
                "cryptoscope:roots": report.roots,
            }),
        }],
    };
    serde_json::to_string_pretty(&log)
}
