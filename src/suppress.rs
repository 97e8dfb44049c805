//! Suppressions: findings a team has decided to live with, each with a reason. A suppressed
//! occurrence stays in every output, marked with its reason; it does not count for `--fail-on`,
//! and an asset whose every occurrence is suppressed does not count in the score.
//!
//! Two sources:
//! - an inline comment `cryptoscope:ignore <reason>` on the line of a finding or the line above it
//!   (any comment syntax: `//`, `#`, `--`, `/* */`); one without a reason is ignored, with a
//!   diagnostic;
//! - a `.cryptoscope.toml` at the top of a scanned root:
//!
//! ```toml
//! [[suppress]]
//! paths = ["tests/**", "vendor/legacy/*.py"]   # globs relative to the root (optional)
//! algorithms = ["MD5", "SHA-1"]                # registry names or families (optional)
//! reason = "test vectors, not protection"     # required
//! ```
//!
//! An entry needs a reason and at least one of `paths` and `algorithms`; with both, an occurrence
//! must match both. Algorithms are matched by their registry name or family (`SHA-1` matches
//! `HMAC-SHA-1` only through its family if the registry says so), case-insensitively.

use globset::{Glob, GlobSet, GlobSetBuilder};
use memchr::memmem;
use serde::Deserialize;

use crate::model::{AssetBody, Diagnostic, DiagnosticKind, Finding};
use crate::registry::{Registry, normalise};
use crate::walk::Root;

/// The inline marker.
pub const MARKER: &str = "cryptoscope:ignore";

/// The file name read at the top of each root.
pub const FILE_NAME: &str = ".cryptoscope.toml";

/// A suppression file that cannot be used (the scan does not start: a typo must not silently
/// suppress nothing, or everything).
#[derive(Debug, thiserror::Error)]
pub enum SuppressError {
    /// Unreadable or not TOML of the documented shape.
    #[error("{path}: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// What is wrong.
        message: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSpec {
    #[serde(default)]
    suppress: Vec<EntrySpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntrySpec {
    #[serde(default)]
    paths: Vec<String>,
    #[serde(default)]
    algorithms: Vec<String>,
    reason: String,
}

#[derive(Clone, Debug)]
struct Entry {
    /// Location prefix of the root (`""` with one root).
    prefix: String,
    paths: Option<GlobSet>,
    /// Normalised names.
    algorithms: Vec<String>,
    reason: String,
    /// Where it was written, for the output.
    origin: String,
}

/// The suppression entries of every root.
#[derive(Clone, Debug, Default)]
pub struct Suppressions {
    entries: Vec<Entry>,
}

impl Suppressions {
    /// Reads `.cryptoscope.toml` from each root that is a folder and has one.
    pub fn load(roots: &[Root]) -> Result<Suppressions, SuppressError> {
        let mut entries = Vec::new();
        for root in roots {
            let path = root.path.join(FILE_NAME);
            if !path.is_file() {
                continue;
            }
            let shown = path.display().to_string();
            let invalid = |message: String| SuppressError::Invalid {
                path: shown.clone(),
                message,
            };
            let text = std::fs::read_to_string(&path).map_err(|e| invalid(e.to_string()))?;
            let spec: FileSpec = toml::from_str(&text).map_err(|e| invalid(e.to_string()))?;
            let prefix = if roots.len() > 1 {
                format!("{}/", root.given.trim_end_matches('/'))
            } else {
                String::new()
            };
            for (index, entry) in spec.suppress.into_iter().enumerate() {
                let number = index + 1;
                if entry.reason.trim().is_empty() {
                    return Err(invalid(format!("suppress entry {number} has no reason")));
                }
                if entry.paths.is_empty() && entry.algorithms.is_empty() {
                    return Err(invalid(format!(
                        "suppress entry {number} names neither paths nor algorithms"
                    )));
                }
                let paths = if entry.paths.is_empty() {
                    None
                } else {
                    let mut set = GlobSetBuilder::new();
                    for glob in &entry.paths {
                        set.add(
                            Glob::new(glob)
                                .map_err(|e| invalid(format!("suppress entry {number}: {e}")))?,
                        );
                    }
                    Some(set.build().map_err(|e| invalid(e.to_string()))?)
                };
                entries.push(Entry {
                    prefix: prefix.clone(),
                    paths,
                    algorithms: entry.algorithms.iter().map(|a| normalise(a)).collect(),
                    reason: entry.reason.trim().to_owned(),
                    origin: format!("{prefix}{FILE_NAME}"),
                });
            }
        }
        Ok(Suppressions { entries })
    }

    /// Whether there is nothing to apply.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Marks every finding an entry covers.
    pub fn apply(&self, findings: &mut [Finding], registry: &Registry) {
        if self.entries.is_empty() {
            return;
        }
        for finding in findings.iter_mut() {
            if finding.occurrence.suppressed.is_some() {
                continue;
            }
            let names = asset_names(&finding.asset.body, registry);
            for entry in &self.entries {
                let Some(relative) = finding.occurrence.location.strip_prefix(&entry.prefix) else {
                    continue;
                };
                let path_ok = entry
                    .paths
                    .as_ref()
                    .is_none_or(|set| set.is_match(relative));
                let algorithm_ok = entry.algorithms.is_empty()
                    || entry.algorithms.iter().any(|a| names.contains(a));
                if path_ok && algorithm_ok {
                    finding.occurrence.suppressed =
                        Some(format!("{} ({})", entry.reason, entry.origin));
                    break;
                }
            }
        }
    }
}

/// The normalised names an asset answers to: an algorithm's name and family.
fn asset_names(body: &AssetBody, registry: &Registry) -> Vec<String> {
    match body {
        AssetBody::Algorithm(algorithm) => {
            let mut names = vec![normalise(&algorithm.name)];
            if let Some(family) = &algorithm.family {
                names.push(normalise(family));
            }
            if let Some(definition) = registry.by_name(&algorithm.name) {
                names.push(normalise(definition.name()));
            }
            names
        }
        _ => Vec::new(),
    }
}

/// Applies inline `cryptoscope:ignore <reason>` comments to the findings of one file (those with a
/// line number), returning a diagnostic for each marker without a reason.
pub fn inline(bytes: &[u8], findings: &mut [Finding], location: &str) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    if findings.iter().all(|f| f.occurrence.line.is_none())
        || memmem::find(bytes, MARKER.as_bytes()).is_none()
    {
        return diagnostics;
    }
    let lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
    let reason_on = |line: u32| -> Option<Option<String>> {
        let text = lines.get(usize::try_from(line).ok()?.checked_sub(1)?)?;
        let at = memmem::find(text, MARKER.as_bytes())?;
        let rest = String::from_utf8_lossy(&text[at + MARKER.len()..]).into_owned();
        let reason = rest
            .trim()
            .trim_end_matches("*/")
            .trim_end_matches("-->")
            .trim()
            .trim_start_matches(':')
            .trim()
            .to_owned();
        Some((!reason.is_empty()).then_some(reason))
    };
    let mut reported = std::collections::BTreeSet::new();
    for finding in findings.iter_mut() {
        let Some(line) = finding.occurrence.line else {
            continue;
        };
        let found = reason_on(line)
            .map(|r| (line, r))
            .or_else(|| reason_on(line.saturating_sub(1)).map(|r| (line - 1, r)));
        match found {
            Some((_, Some(reason))) => {
                finding.occurrence.suppressed = Some(format!("{reason} (inline comment)"));
            }
            Some((at, None)) if reported.insert(at) => {
                diagnostics.push(Diagnostic {
                    location: location.to_owned(),
                    kind: DiagnosticKind::Unsupported,
                    source: "suppress",
                    message: format!(
                        "line {at}: `{MARKER}` without a reason is ignored; write `{MARKER} <reason>`"
                    ),
                });
            }
            _ => {}
        }
    }
    diagnostics
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Asset, Occurrence};

    fn finding(name: &str, location: &str, line: Option<u32>) -> Finding {
        let registry = Registry::builtin().unwrap_or_else(|e| panic!("{e}"));
        let algorithm = registry
            .by_name(name)
            .unwrap_or_else(|| panic!("{name}"))
            .algorithm();
        Finding {
            asset: Asset::algorithm(algorithm),
            occurrence: Occurrence {
                line,
                ..Occurrence::in_file(location)
            },
        }
    }

    #[test]
    fn inline_markers_on_the_line_or_above_need_a_reason() {
        let text = b"import hashlib\n# cryptoscope:ignore legacy checksum, not security\nh = hashlib.md5()\nx = hashlib.sha1()  # cryptoscope:ignore\n";
        let mut findings = vec![
            finding("MD5", "a.py", Some(3)),
            finding("SHA-1", "a.py", Some(4)),
            finding("SHA-256", "a.py", Some(1)),
        ];
        let diagnostics = inline(text, &mut findings, "a.py");
        assert_eq!(
            findings[0].occurrence.suppressed.as_deref(),
            Some("legacy checksum, not security (inline comment)")
        );
        assert_eq!(findings[1].occurrence.suppressed, None);
        assert_eq!(findings[2].occurrence.suppressed, None);
        assert_eq!(diagnostics.len(), 1);
        assert!(diagnostics[0].message.starts_with("line 4:"));
    }
}
