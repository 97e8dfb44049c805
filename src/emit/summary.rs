//! A plain-text report for a terminal: the score and its band, assets by class and by algorithm,
//! certificates and keys, and what could not be read.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use crate::emit::cyclonedx::rfc3339;
use crate::model::{AssetBody, KeyKind};
use crate::report::Report;
use crate::score::{Class, MODEL_VERSION};

/// Formats a byte count with a binary unit.
pub fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS.get(unit).copied().unwrap_or("B"))
    }
}

/// Renders the summary. With `verbose`, every diagnostic is listed.
pub fn render(report: &Report, verbose: bool) -> String {
    let mut out = String::new();
    let assessment = &report.assessment;
    let roots = if report.roots.is_empty() {
        ".".to_owned()
    } else {
        report.roots.join(", ")
    };
    let _ = writeln!(
        out,
        "cryptoscope {}: {roots} ({})\n",
        env!("CARGO_PKG_VERSION"),
        rfc3339(report.timestamp)
    );

    match &assessment.score {
        Some(score) => {
            let _ = writeln!(
                out,
                "Quantum readiness: {}/100, {}",
                score.value,
                score.band.as_str()
            );
            if let Some(reason) = &score.cap_reason {
                let _ = writeln!(out, "  capped at {} by {reason}", score.cap);
            }
            let _ = writeln!(
                out,
                "  raw {:.1}, coverage {:.1}%, profile {}, as of {}, model v{MODEL_VERSION}",
                score.raw,
                assessment.coverage * 100.0,
                assessment.policy.profile.as_str(),
                rfc3339(assessment.policy.as_of)
                    .get(..10)
                    .unwrap_or_default()
            );
        }
        None => {
            if assessment.provided_only > 0 {
                let _ = writeln!(
                    out,
                    "Quantum readiness: no score (no cryptographic assets in use; {} only provided by library files)",
                    assessment.provided_only
                );
            } else {
                let _ = writeln!(
                    out,
                    "Quantum readiness: no score (no cryptographic assets found)"
                );
            }
        }
    }

    let mut by_class: BTreeMap<Class, usize> = BTreeMap::new();
    for verdict in assessment.verdicts.values() {
        *by_class.entry(verdict.class).or_default() += 1;
    }
    let _ = writeln!(out, "\nAssets by class");
    for (class, name) in Class::ALL {
        let _ = writeln!(
            out,
            "  {name:<22}{:>6}",
            by_class.get(&class).copied().unwrap_or(0)
        );
    }

    // Algorithms by name: assets (one per role), occurrences, files, class.
    struct Row {
        assets: usize,
        occurrences: usize,
        files: BTreeSet<String>,
        class: Option<Class>,
    }
    let mut rows: BTreeMap<String, Row> = BTreeMap::new();
    for item in &report.inventory.assets {
        if let AssetBody::Algorithm(algorithm) = &item.asset.body {
            let row = rows.entry(algorithm.name.clone()).or_insert(Row {
                assets: 0,
                occurrences: 0,
                files: BTreeSet::new(),
                class: None,
            });
            row.assets += 1;
            row.occurrences += item.occurrences.len();
            row.files
                .extend(item.occurrences.iter().map(|o| o.location.clone()));
            let class = assessment.verdicts.get(&item.asset.id).map(|v| v.class);
            row.class = match (row.class, class) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
    }
    if !rows.is_empty() {
        let width = rows
            .keys()
            .map(|k| k.chars().count())
            .max()
            .unwrap_or(9)
            .max(9);
        let _ = writeln!(
            out,
            "\nAlgorithms and protocols\n  {:<width$}  {:>11}  {:>5}  class",
            "algorithm", "occurrences", "files"
        );
        for (name, row) in &rows {
            let class = row.class.map_or("unknown", Class::as_str);
            let _ = writeln!(
                out,
                "  {name:<width$}  {:>11}  {:>5}  {class}",
                row.occurrences,
                row.files.len()
            );
        }
    }

    let (_, certificates, keys, libraries) = report.inventory.counts();
    let expired = report
        .inventory
        .assets
        .iter()
        .filter(|item| matches!(&item.asset.body, AssetBody::Certificate(c) if c.not_after < report.timestamp))
        .count();
    let outliving = assessment
        .verdicts
        .values()
        .filter(|v| v.outlives_deadline.is_some())
        .count();
    let _ = writeln!(
        out,
        "\nCertificates: {certificates} ({expired} expired, {outliving} valid past the 2030/2035 deadline for their key)"
    );
    let mut kinds = [0usize; 3];
    let mut protected = 0usize;
    let mut weak: Vec<String> = Vec::new();
    for item in &report.inventory.assets {
        if let AssetBody::Key(key) = &item.asset.body {
            let slot = match key.kind {
                KeyKind::Private => 0,
                KeyKind::Public => 1,
                KeyKind::Secret => 2,
            };
            if let Some(count) = kinds.get_mut(slot) {
                *count += 1;
            }
            protected += usize::from(key.protection.is_some());
            for weakness in &key.weaknesses {
                let place = item
                    .occurrences
                    .first()
                    .map(|o| o.location.as_str())
                    .unwrap_or_default();
                weak.push(format!(
                    "  {} {place}: {}",
                    key.kind.as_str(),
                    weakness.describe()
                ));
            }
        }
    }
    let [private, public, secret] = kinds;
    let _ = writeln!(
        out,
        "Keys: {keys} ({private} private, {public} public, {secret} secret; {protected} password-protected)"
    );
    if !weak.is_empty() {
        weak.sort();
        weak.dedup();
        let _ = writeln!(out, "Weak keys: {}", weak.len());
        for line in &weak {
            let _ = writeln!(out, "{line}");
        }
    }

    if libraries > 0 {
        let _ = writeln!(out, "Crypto libraries: {libraries}");
        let mut lines: Vec<String> = report
            .inventory
            .assets
            .iter()
            .filter_map(|item| match &item.asset.body {
                AssetBody::Library(library) => {
                    let versions = if library.versions.is_empty() {
                        "version unknown".to_owned()
                    } else {
                        library
                            .versions
                            .iter()
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(", ")
                    };
                    let linked = library
                        .linked_as
                        .as_deref()
                        .map(|l| format!(" as {l}"))
                        .unwrap_or_default();
                    let files: BTreeSet<&str> = item
                        .occurrences
                        .iter()
                        .map(|o| o.location.as_str())
                        .collect();
                    Some(format!(
                        "  {}{linked} ({versions}): {} file{}",
                        library.name,
                        files.len(),
                        if files.len() == 1 { "" } else { "s" }
                    ))
                }
                _ => None,
            })
            .collect();
        lines.sort();
        for line in &lines {
            let _ = writeln!(out, "{line}");
        }
    }

    let suppressed: usize = report
        .inventory
        .assets
        .iter()
        .map(|item| {
            item.occurrences
                .iter()
                .filter(|o| o.suppressed.is_some())
                .count()
        })
        .sum();
    if suppressed > 0 {
        let _ = writeln!(
            out,
            "Suppressed: {suppressed} occurrence{} (with reasons; {} asset{} not scored)",
            if suppressed == 1 { "" } else { "s" },
            assessment.suppressed_only,
            if assessment.suppressed_only == 1 {
                ""
            } else {
                "s"
            }
        );
    }
    if let (Some(new), Some(known)) = (&report.new_since_baseline, &report.baseline_assets) {
        let new_assets = report
            .inventory
            .assets
            .iter()
            .filter(|item| !known.contains(item.asset.id.as_str()))
            .count();
        let new_occurrences: usize = new.values().map(Vec::len).sum();
        let _ = writeln!(
            out,
            "New since the baseline: {new_assets} assets, {new_occurrences} occurrences"
        );
    }

    let stats = &report.stats;
    let _ = writeln!(
        out,
        "Files: {} read ({}); {} too large, {} special, {} symlinks not followed, {} duplicate paths",
        stats.files_read,
        human_bytes(stats.bytes_read),
        stats.files_too_large,
        stats.special_files,
        stats.symlinks_not_followed,
        stats.duplicate_paths
    );
    let diagnostics = &report.inventory.diagnostics;
    if verbose && !diagnostics.is_empty() {
        let _ = writeln!(out, "Diagnostics: {}", diagnostics.len());
        for d in diagnostics {
            let _ = writeln!(
                out,
                "  {} {} [{}]: {}",
                d.kind.as_str(),
                d.location,
                d.source,
                d.message
            );
        }
    } else if diagnostics.is_empty() {
        let _ = writeln!(out, "Diagnostics: 0");
    } else {
        let _ = writeln!(
            out,
            "Diagnostics: {} (run with --verbose to list them)",
            diagnostics.len()
        );
    }
    out
}

/// ANSI colours for class and band names, worst in red: for a terminal only (the caller decides:
/// standard output is a terminal and `NO_COLOR` is unset).
pub fn colourise(text: &str) -> String {
    const WORDS: [(&str, &str); 9] = [
        ("broken-classically", "\x1b[1;31m"),
        ("quantum-vulnerable", "\x1b[33m"),
        ("quantum-weakened", "\x1b[36m"),
        ("quantum-safe", "\x1b[32m"),
        ("quantum-ready", "\x1b[1;32m"),
        ("transitioning", "\x1b[1;36m"),
        ("at-risk", "\x1b[1;33m"),
        ("critical", "\x1b[1;31m"),
        ("unknown", "\x1b[2m"),
    ];
    let mut out = String::with_capacity(text.len() + 256);
    for line in text.split_inclusive('\n') {
        let mut rest = line;
        'scan: while !rest.is_empty() {
            for (word, colour) in WORDS {
                if let Some(at) = rest.find(word) {
                    let before = rest[..at].chars().last();
                    let after = rest[at + word.len()..].chars().next();
                    let bounded = before.is_none_or(|c| !c.is_alphanumeric() && c != '-')
                        && after.is_none_or(|c| !c.is_alphanumeric() && c != '-');
                    if bounded && (word != "unknown" || line.starts_with("  ")) {
                        out.push_str(&rest[..at]);
                        out.push_str(colour);
                        out.push_str(word);
                        out.push_str("\x1b[0m");
                        rest = &rest[at + word.len()..];
                        continue 'scan;
                    }
                }
            }
            out.push_str(rest);
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_mark_whole_class_and_band_names() {
        let coloured =
            colourise("Quantum readiness: 31/100, critical\n  MD5  1  1  broken-classically\n");
        assert!(coloured.contains("\x1b[1;31mcritical\x1b[0m"));
        assert!(coloured.contains("\x1b[1;31mbroken-classically\x1b[0m"));
        assert_eq!(colourise("pre-critical-path\n"), "pre-critical-path\n");
    }

    #[test]
    fn byte_counts_use_binary_units() {
        assert_eq!(human_bytes(512), "512 B");
        assert_eq!(human_bytes(1536), "1.5 KiB");
        assert_eq!(human_bytes(3 * 1024 * 1024 * 1024), "3.0 GiB");
    }
}
