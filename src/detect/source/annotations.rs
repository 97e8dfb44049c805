//! Rule tests: every rule `rules/<language>/<id>.yaml` has an annotated source file beside it
//! (`<id>.<ext>`), and this module runs the rules over it and compares what they find with the
//! annotations. `cryptoscope rules test DIR` and the crate's tests use it.
//!
//! An annotation is a comment on the line before the code it is about (several may stack):
//!
//! - `ruleid: <id>`: rule `<id>` must report a finding on the next code line;
//! - `ruleid: <id> -> <name> [key=value ...]`: and one of those findings is the algorithm `<name>`
//!   with these facts (`mode`, `padding`, `parameter`, `curve`, `function`, `unresolved=<what>`);
//! - `ok: <id>`: rule `<id>` must report nothing on the next code line.
//!
//! A finding of the file's own rule on a line without a `ruleid:` for it is a failure too, so a test
//! file also proves what the rule does not match.

use std::path::Path;

use super::SourceDetector;
use crate::detect::{Context, run_one};
use crate::model::{AssetBody, Finding};
use crate::registry::Registry;
use crate::rules::{LANGUAGES, RuleError, RuleSet};

/// One expectation read from an annotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expectation {
    /// The 1-based line of the code the annotation is about.
    pub line: u32,
    /// The rule.
    pub rule: String,
    /// Whether the rule must match (`ruleid:`) or must not (`ok:`).
    pub matches: bool,
    /// The algorithm name the finding must have, if given.
    pub algorithm: Option<String>,
    /// Further facts the finding must have, as `key=value`.
    pub facts: Vec<(String, String)>,
}

/// The outcome of testing a rule folder.
#[derive(Debug, Default)]
pub struct TestReport {
    /// Rules tested.
    pub rules: usize,
    /// Annotated files run.
    pub files: usize,
    /// Expectations checked.
    pub expectations: usize,
    /// What went wrong, one line each (`file:line: message`).
    pub failures: Vec<String>,
}

/// The annotation on a line, if it holds one: (matches, rule id, expected part).
fn annotation(line: &str) -> Option<(bool, String, Option<String>)> {
    let trimmed = line.trim_start();
    let body = ["//", "#", "/*", "*", "--"]
        .iter()
        .find_map(|marker| trimmed.strip_prefix(marker))?
        .trim();
    let body = body.strip_suffix("*/").unwrap_or(body).trim();
    let (matches, rest) = if let Some(rest) = body.strip_prefix("ruleid:") {
        (true, rest)
    } else if let Some(rest) = body.strip_prefix("ok:") {
        (false, rest)
    } else {
        return None;
    };
    let (rule, expected) = match rest.split_once("->") {
        Some((rule, expected)) => (rule, Some(expected.trim().to_owned())),
        None => (rest, None),
    };
    Some((
        matches,
        rule.trim().to_owned(),
        expected.filter(|e| !e.is_empty()),
    ))
}

/// Reads every annotation of a file.
pub fn parse(text: &str) -> Vec<Expectation> {
    let lines: Vec<&str> = text.lines().collect();
    let mut expectations = Vec::new();
    let mut pending: Vec<(bool, String, Option<String>)> = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        if let Some(found) = annotation(line) {
            pending.push(found);
            continue;
        }
        if line.trim().is_empty() || pending.is_empty() {
            continue;
        }
        let Ok(number) = u32::try_from(index + 1) else {
            break;
        };
        for (matches, rule, expected) in pending.drain(..) {
            let mut words = expected.as_deref().unwrap_or_default().split_whitespace();
            let algorithm = words.next().map(str::to_owned);
            let facts = words
                .filter_map(|w| w.split_once('='))
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect();
            expectations.push(Expectation {
                line: number,
                rule,
                matches,
                algorithm,
                facts,
            });
        }
    }
    expectations
}

/// Whether a finding has a fact.
fn has_fact(finding: &Finding, key: &str, value: &str) -> bool {
    let AssetBody::Algorithm(algorithm) = &finding.asset.body else {
        return false;
    };
    let context = finding.occurrence.context.as_deref().unwrap_or_default();
    match key {
        "mode" => algorithm.mode.as_deref() == Some(value),
        "padding" => algorithm.padding.as_deref() == Some(value),
        "parameter" => algorithm.parameter_set.as_deref() == Some(value),
        "curve" => algorithm.curve.as_ref().is_some_and(|c| c.name == value),
        "function" => algorithm.functions.iter().any(|f| f == value),
        "unresolved" => context.contains(&format!("[unresolved {value}")),
        "note" => context.contains(&value.replace('_', " ")),
        _ => false,
    }
}

fn algorithm_name(finding: &Finding) -> &str {
    match &finding.asset.body {
        AssetBody::Algorithm(algorithm) => &algorithm.name,
        _ => "",
    }
}

/// Describes a finding for a failure message.
fn describe(finding: &Finding) -> String {
    let AssetBody::Algorithm(algorithm) = &finding.asset.body else {
        return "a non-algorithm asset".to_owned();
    };
    let mut facts = vec![algorithm.name.clone()];
    if let Some(mode) = &algorithm.mode {
        facts.push(format!("mode={mode}"));
    }
    if let Some(padding) = &algorithm.padding {
        facts.push(format!("padding={padding}"));
    }
    if let Some(parameter) = &algorithm.parameter_set {
        facts.push(format!("parameter={parameter}"));
    }
    if let Some(curve) = &algorithm.curve {
        facts.push(format!("curve={}", curve.name));
    }
    for function in &algorithm.functions {
        facts.push(format!("function={function}"));
    }
    if let Some(context) = &finding.occurrence.context {
        facts.push(format!("({context})"));
    }
    facts.join(" ")
}

/// Checks one annotated file's findings against its annotations.
/// A modifier rule makes no findings of its own: its file proves it through the findings of the
/// rules it completes (`targets`), which must be annotated there.
fn check_file(
    path: &str,
    own_rule: &str,
    targets: &[String],
    text: &str,
    findings: &[Finding],
    report: &mut TestReport,
) {
    let expectations = parse(text);
    let proven = if targets.is_empty() {
        expectations.iter().any(|e| e.matches && e.rule == own_rule)
    } else {
        expectations
            .iter()
            .any(|e| e.matches && targets.contains(&e.rule) && e.algorithm.is_some())
    };
    if !proven {
        let wanted = if targets.is_empty() {
            own_rule.to_owned()
        } else {
            targets.join(" or ")
        };
        report.failures.push(format!(
            "{path}: no `ruleid: {wanted}` annotation (with `-> NAME` for a modifier)"
        ));
    }
    let of_rule = |rule: &str, line: u32| -> Vec<&Finding> {
        findings
            .iter()
            .filter(|f| {
                f.occurrence.rule.as_deref() == Some(rule) && f.occurrence.line == Some(line)
            })
            .collect()
    };
    for expectation in &expectations {
        report.expectations += 1;
        let at = format!("{path}:{}", expectation.line);
        let found = of_rule(&expectation.rule, expectation.line);
        if !expectation.matches {
            if let Some(first) = found.first() {
                report.failures.push(format!(
                    "{at}: `{}` matched but must not: {}",
                    expectation.rule,
                    describe(first)
                ));
            }
            continue;
        }
        if found.is_empty() {
            report
                .failures
                .push(format!("{at}: `{}` did not match", expectation.rule));
            continue;
        }
        let Some(name) = &expectation.algorithm else {
            continue;
        };
        let right = found.iter().any(|f| {
            algorithm_name(f) == name && expectation.facts.iter().all(|(k, v)| has_fact(f, k, v))
        });
        if !right {
            let seen: Vec<String> = found.iter().map(|f| describe(f)).collect();
            let mut wanted = name.clone();
            for (k, v) in &expectation.facts {
                wanted.push_str(&format!(" {k}={v}"));
            }
            report.failures.push(format!(
                "{at}: `{}` expected {wanted}, found {}",
                expectation.rule,
                seen.join("; ")
            ));
        }
    }
    for finding in findings
        .iter()
        .filter(|f| f.occurrence.rule.as_deref() == Some(own_rule))
    {
        let line = finding.occurrence.line.unwrap_or_default();
        let expected = expectations
            .iter()
            .any(|e| e.matches && e.rule == own_rule && e.line == line);
        if !expected {
            report.failures.push(format!(
                "{path}:{line}: `{own_rule}` matched without a `ruleid:` annotation: {}",
                describe(finding)
            ));
        }
    }
}

/// Tests the rules of a folder laid out like `rules/` against their annotated files. The folder's own
/// `language.scm` files replace the built-in ones.
pub fn test_directory(
    root: &Path,
    only: &[String],
    registry: &Registry,
) -> Result<TestReport, RuleError> {
    let mut set = RuleSet::builtin_languages();
    set.add_languages(root, only)?;
    let detector = SourceDetector::new(&set)?;
    detector.compile_all()?;
    let context = Context {
        registry,
        scan_time: 0,
        keystore_passwords: &[],
    };
    let mut report = TestReport::default();
    for language in LANGUAGES {
        if !only.is_empty() && !only.iter().any(|l| l == language) {
            continue;
        }
        let Some(rules) = set.rules.get(language) else {
            continue;
        };
        let mut files: Vec<_> = std::fs::read_dir(root.join(language))
            .map_err(|e| RuleError::Io {
                path: root.join(language).display().to_string(),
                message: e.to_string(),
            })?
            .flatten()
            .map(|e| e.path())
            .collect();
        files.sort();
        for rule in rules {
            report.rules += 1;
            let tests: Vec<&std::path::PathBuf> = files
                .iter()
                .filter(|p| {
                    p.file_stem().and_then(|s| s.to_str()) == Some(rule.id.as_str())
                        && !p.extension().is_some_and(|e| e == "yaml" || e == "scm")
                })
                .collect();
            if tests.is_empty() {
                report.failures.push(format!(
                    "{language}/{}: no annotated test file beside the rule",
                    rule.id
                ));
            }
            for test in tests {
                let name = test
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default();
                let path = format!("{language}/{name}");
                let bytes = std::fs::read(test).map_err(|e| RuleError::Io {
                    path: test.display().to_string(),
                    message: e.to_string(),
                })?;
                let collected = run_one(&detector, name, &bytes, &context);
                report.files += 1;
                for diagnostic in &collected.diagnostics {
                    report
                        .failures
                        .push(format!("{path}: diagnostic: {}", diagnostic.message));
                }
                check_file(
                    &path,
                    &rule.id,
                    &rule.after,
                    &String::from_utf8_lossy(&bytes),
                    &collected.findings,
                    &mut report,
                );
            }
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_apply_to_the_next_code_line() {
        let text = "x = 1\n# ruleid: python-hashlib-new -> SHA-1 function=digest\n# ok: python-other\n\nhashlib.new('sha1')\n// ok: a\n";
        let expectations = parse(text);
        assert_eq!(expectations.len(), 2);
        assert_eq!(
            expectations[0],
            Expectation {
                line: 5,
                rule: "python-hashlib-new".to_owned(),
                matches: true,
                algorithm: Some("SHA-1".to_owned()),
                facts: vec![("function".to_owned(), "digest".to_owned())],
            }
        );
        assert_eq!(expectations[1].line, 5);
        assert!(!expectations[1].matches);
    }

    #[test]
    fn the_builtin_rules_pass_their_tests() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
        let registry = Registry::builtin().unwrap_or_else(|e| panic!("{e}"));
        let report = test_directory(&root, &[], registry).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            report.failures.is_empty(),
            "{} failures:\n{}",
            report.failures.len(),
            report.failures.join("\n")
        );
        assert!(report.rules > 0 && report.files >= report.rules);
    }
}
