//! CI gating: whether a scan fails a build (`--fail-on`, `--fail-under`), which findings are new
//! since a baseline (`--baseline`), and the message naming what tripped the gate.
//!
//! What counts for failing: assets in use (not only provided by a library file), not suppressed,
//! and, with a baseline, new — an asset whose bom-ref the baseline lacks, or an occurrence beyond
//! those the baseline had for the same asset, path, symbol and evidence text (line numbers are left
//! out, so code that moves is not new). The score gate compares the score, which a baseline does not
//! change: `--fail-under` is about the estate, `--fail-on` about findings.

use std::collections::{BTreeMap, BTreeSet};

use crate::inventory::InventoryAsset;
use crate::model::{AssetId, Occurrence};
use crate::report::Report;
use crate::score::Class;

/// The class threshold of `--fail-on`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum FailOn {
    /// Classically broken assets.
    Broken,
    /// Broken or quantum-vulnerable.
    Vulnerable,
    /// Broken, quantum-vulnerable or quantum-weakened.
    Weakened,
    /// Any of those, and assets whose class is unknown.
    Unknown,
}

impl FailOn {
    /// Whether an asset of this class trips the gate.
    pub fn trips(self, class: Class) -> bool {
        let level = match class {
            Class::BrokenClassically => FailOn::Broken,
            Class::QuantumVulnerable => FailOn::Vulnerable,
            Class::QuantumWeakened => FailOn::Weakened,
            Class::Unknown => FailOn::Unknown,
            Class::QuantumSafe => return false,
        };
        level <= self
    }

    /// The flag's value.
    pub fn as_str(self) -> &'static str {
        match self {
            FailOn::Broken => "broken",
            FailOn::Vulnerable => "vulnerable",
            FailOn::Weakened => "weakened",
            FailOn::Unknown => "unknown",
        }
    }
}

/// What gates the scan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Gate {
    /// `--fail-on`.
    pub fail_on: Option<FailOn>,
    /// `--fail-under`.
    pub fail_under: Option<u8>,
}

/// The identity of an occurrence across scans: asset, path, symbol and evidence text.
pub type OccurrenceKey = (String, String, String, String);

/// What a baseline CBOM held: how many occurrences of each key.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Baseline {
    /// The bom-refs of its components.
    pub assets: BTreeSet<String>,
    /// Occurrence counts by key.
    pub occurrences: BTreeMap<OccurrenceKey, usize>,
}

/// Why a baseline cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    /// Unreadable.
    #[error("cannot read the baseline `{path}`: {source}")]
    Read {
        /// The path.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// Not a CycloneDX document.
    #[error("the baseline `{path}` is not a CycloneDX JSON document: {message}")]
    Format {
        /// The path.
        path: String,
        /// What is wrong.
        message: String,
    },
}

/// An occurrence's evidence text as the CycloneDX output writes it (`additionalContext`), which is
/// what a baseline holds.
pub fn evidence_text(occurrence: &Occurrence) -> String {
    let context = match (&occurrence.context, &occurrence.rule) {
        (Some(context), Some(rule)) => format!("{context} [rule {rule}]"),
        (Some(context), None) => context.clone(),
        (None, _) => return String::new(),
    };
    if occurrence.provided {
        format!("provided: {context}")
    } else {
        context
    }
}

/// The key of an occurrence of an asset.
pub fn key(asset: &AssetId, occurrence: &Occurrence) -> OccurrenceKey {
    (
        asset.as_str().to_owned(),
        occurrence.location.clone(),
        occurrence.symbol.clone().unwrap_or_default(),
        evidence_text(occurrence),
    )
}

impl Baseline {
    /// Reads a CBOM written earlier (by cryptoscope; any CycloneDX JSON with bom-refs works).
    pub fn read(path: &std::path::Path) -> Result<Baseline, BaselineError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Read {
            path: shown.clone(),
            source,
        })?;
        Baseline::parse(&text).map_err(|message| BaselineError::Format {
            path: shown,
            message,
        })
    }

    /// Parses a CBOM's text.
    pub fn parse(text: &str) -> Result<Baseline, String> {
        let bom: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if bom["bomFormat"] != "CycloneDX" {
            return Err("bomFormat is not CycloneDX".to_owned());
        }
        let mut baseline = Baseline::default();
        for component in bom["components"].as_array().into_iter().flatten() {
            let Some(reference) = component["bom-ref"].as_str() else {
                continue;
            };
            baseline.assets.insert(reference.to_owned());
            for occurrence in component["evidence"]["occurrences"]
                .as_array()
                .into_iter()
                .flatten()
            {
                let text = |field: &str| occurrence[field].as_str().unwrap_or_default().to_owned();
                // Suppression notes are not part of an occurrence's identity.
                let mut context = text("additionalContext");
                if let Some(at) = context.find(" [suppressed: ") {
                    context.truncate(at);
                }
                *baseline
                    .occurrences
                    .entry((
                        reference.to_owned(),
                        text("location"),
                        text("symbol"),
                        context,
                    ))
                    .or_default() += 1;
            }
        }
        Ok(baseline)
    }
}

/// Which occurrences of the report are new since a baseline: per asset, the indexes of its new
/// occurrences (every occurrence when there is no baseline).
pub fn new_occurrences(
    report: &Report,
    baseline: Option<&Baseline>,
) -> BTreeMap<AssetId, Vec<usize>> {
    let mut seen: BTreeMap<OccurrenceKey, usize> = BTreeMap::new();
    let mut new = BTreeMap::new();
    for item in &report.inventory.assets {
        let mut indexes = Vec::new();
        for (index, occurrence) in item.occurrences.iter().enumerate() {
            let is_new = match baseline {
                None => true,
                Some(baseline) => {
                    let key = key(&item.asset.id, occurrence);
                    let count = seen.entry(key.clone()).or_default();
                    *count += 1;
                    *count > baseline.occurrences.get(&key).copied().unwrap_or(0)
                }
            };
            if is_new {
                indexes.push(index);
            }
        }
        if !indexes.is_empty() {
            new.insert(item.asset.id.clone(), indexes);
        }
    }
    new
}

/// The outcome of the gate.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Whether the build fails.
    pub failed: bool,
    /// One line per tripped condition, naming the assets.
    pub messages: Vec<String>,
}

/// An asset's label and first counting place, for messages.
fn label(item: &InventoryAsset, occurrence: &Occurrence) -> String {
    let place = match (occurrence.line, occurrence.offset) {
        (Some(line), _) => format!("{}:{line}", occurrence.location),
        (None, Some(offset)) => format!("{}@{offset}", occurrence.location),
        _ => occurrence.location.clone(),
    };
    format!("{} ({place})", crate::score::asset_label(item))
}

/// Evaluates the gate on a report.
pub fn evaluate(report: &Report, gate: &Gate, baseline: Option<&Baseline>) -> Outcome {
    let mut outcome = Outcome::default();
    if let Some(threshold) = gate.fail_on {
        let new = new_occurrences(report, baseline);
        let mut tripped: Vec<(Class, String)> = Vec::new();
        for item in &report.inventory.assets {
            let Some(verdict) = report.assessment.verdicts.get(&item.asset.id) else {
                continue;
            };
            if !threshold.trips(verdict.class) {
                continue;
            }
            let counting = new
                .get(&item.asset.id)
                .into_iter()
                .flatten()
                .filter_map(|&i| item.occurrences.get(i))
                .find(|o| !o.provided && o.suppressed.is_none());
            if let Some(occurrence) = counting {
                tripped.push((verdict.class, label(item, occurrence)));
            }
        }
        if !tripped.is_empty() {
            tripped.sort();
            let count = tripped.len();
            let shown: Vec<String> = tripped
                .iter()
                .take(10)
                .map(|(class, label)| format!("{label} [{}]", class.as_str()))
                .collect();
            let more = count.saturating_sub(shown.len());
            outcome.failed = true;
            outcome.messages.push(format!(
                "--fail-on {}: {count} {}asset{} at or above the threshold: {}{}",
                threshold.as_str(),
                if baseline.is_some() {
                    "new-since-baseline "
                } else {
                    ""
                },
                if count == 1 { "" } else { "s" },
                shown.join("; "),
                if more > 0 {
                    format!("; and {more} more")
                } else {
                    String::new()
                }
            ));
        }
    }
    if let Some(minimum) = gate.fail_under {
        match &report.assessment.score {
            Some(score) if score.value < minimum => {
                outcome.failed = true;
                outcome.messages.push(format!(
                    "--fail-under {minimum}: the score is {} ({}){}",
                    score.value,
                    score.band.as_str(),
                    score
                        .cap_reason
                        .as_deref()
                        .map(|r| format!(", capped by {r}"))
                        .unwrap_or_default()
                ));
            }
            _ => {}
        }
    }
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_include_the_worse_classes() {
        assert!(FailOn::Broken.trips(Class::BrokenClassically));
        assert!(!FailOn::Broken.trips(Class::QuantumVulnerable));
        assert!(FailOn::Vulnerable.trips(Class::BrokenClassically));
        assert!(FailOn::Vulnerable.trips(Class::QuantumVulnerable));
        assert!(!FailOn::Vulnerable.trips(Class::QuantumWeakened));
        assert!(FailOn::Weakened.trips(Class::QuantumWeakened));
        assert!(!FailOn::Weakened.trips(Class::Unknown));
        assert!(FailOn::Unknown.trips(Class::Unknown));
        assert!(!FailOn::Unknown.trips(Class::QuantumSafe));
    }

    #[test]
    fn a_baseline_counts_occurrences_per_key() {
        let text = r#"{"bomFormat":"CycloneDX","components":[{"bom-ref":"crypto/algorithm/hash/MD5",
            "evidence":{"occurrences":[{"location":"a.py","line":3,"symbol":"hashlib.md5",
            "additionalContext":"h = hashlib.md5() [rule python-hashlib]"},
            {"location":"a.py","line":9,"symbol":"hashlib.md5",
            "additionalContext":"h = hashlib.md5() [rule python-hashlib] [suppressed: tests]"}]}}]}"#;
        let baseline = Baseline::parse(text).unwrap_or_else(|e| panic!("{e}"));
        assert!(baseline.assets.contains("crypto/algorithm/hash/MD5"));
        let key = (
            "crypto/algorithm/hash/MD5".to_owned(),
            "a.py".to_owned(),
            "hashlib.md5".to_owned(),
            "h = hashlib.md5() [rule python-hashlib]".to_owned(),
        );
        assert_eq!(baseline.occurrences.get(&key), Some(&2));
        assert!(Baseline::parse("{}").is_err());
    }
}
