//! Secret hygiene, the hard rule: no private or secret key bytes, seed or passphrase ever appears in
//! any output. Every private key file of the fixtures and samples is cut into overlapping windows of
//! its base64 text and of the hex of its bytes, and no window may occur in the CBOM (1.6 and 1.7) or
//! the summary.

use std::path::{Path, PathBuf};

use crate::support::{arg, cryptoscope, fixture, repo};

/// Whether a line opens a PEM private key block.
fn opens_private_block(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| c.is_whitespace() || c == '"');
    line.starts_with("-----BEGIN ") && line.contains("PRIVATE KEY-----")
}

/// Files that hold private or secret key material.
fn secret_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for root in [fixture("keys"), repo().join("samples")] {
        let mut stack = vec![root];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let bytes = std::fs::read(&path).unwrap_or_default();
                let text = String::from_utf8_lossy(&bytes);
                let pem_private = text.lines().any(opens_private_block);
                let keystore = matches!(
                    bytes.get(..4),
                    Some([0xfe, 0xed, 0xfe, 0xed] | [0xce, 0xce, 0xce, 0xce])
                ) || path.extension().is_some_and(|e| e == "p12" || e == "pfx");
                let name = path.to_string_lossy();
                let der_private = name.contains(".p8.der") || name.contains("sec1.der");
                if pem_private || keystore || der_private {
                    files.push(path);
                }
            }
        }
    }
    files.sort();
    files
}

/// Windows of a file's secret material: the base64 of its PEM private key bodies (20 characters,
/// every 8) or, for binary keystores and DER keys, the hex of its bytes (32 digits, every 16).
fn windows(path: &Path) -> Vec<String> {
    let bytes = std::fs::read(path).unwrap_or_default();
    let text = String::from_utf8_lossy(&bytes);
    let mut out = Vec::new();
    if text.lines().any(opens_private_block) {
        let mut inside = false;
        for line in text.lines() {
            if opens_private_block(line) {
                inside = true;
                continue;
            }
            if line.contains("-----END ") {
                inside = false;
            }
            if !inside || line.contains(':') {
                continue;
            }
            let run: Vec<char> = line
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '+' || *c == '/')
                .collect();
            for start in (0..run.len().saturating_sub(20)).step_by(8) {
                out.push(run[start..start + 20].iter().collect());
            }
        }
    } else {
        let hex = hex::encode(&bytes);
        for start in (0..hex.len().saturating_sub(32)).step_by(16) {
            out.push(hex[start..start + 32].to_owned());
        }
    }
    out
}

fn outputs(root: &Path) -> Vec<String> {
    let mut texts = Vec::new();
    for extra in [
        &["--spec-version", "1.6"][..],
        &["--spec-version", "1.7"],
        &["--format", "summary", "--verbose"],
    ] {
        let output = cryptoscope()
            .arg("scan")
            .arg(arg(root))
            .args(extra)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(output.status.success());
        texts.push(String::from_utf8_lossy(&output.stdout).into_owned());
        texts.push(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    texts
}

#[test]
fn no_key_material_or_passphrase_reaches_any_output() {
    let files = secret_files();
    assert!(
        files.len() >= 20,
        "only {} private key files found",
        files.len()
    );
    let mut texts = outputs(&fixture("keys"));
    texts.extend(outputs(&repo().join("samples")));
    let everything = texts.join("\n");
    // One pass over the output for every window of every file.
    let mut patterns: Vec<(String, PathBuf)> = Vec::new();
    for file in &files {
        patterns.extend(windows(file).into_iter().map(|w| (w, file.clone())));
    }
    let automaton = aho_corasick::AhoCorasick::new(patterns.iter().map(|(w, _)| w.as_str()))
        .unwrap_or_else(|e| panic!("{e}"));
    // The check can fail: the windows do occur in the key files themselves.
    assert!(patterns.len() > 5000, "only {} windows", patterns.len());
    let first = std::fs::read(&files[0]).unwrap_or_default();
    let first_text = format!("{}{}", String::from_utf8_lossy(&first), hex::encode(&first));
    assert!(
        automaton.is_match(&first_text),
        "windows of {} do not match it",
        files[0].display()
    );
    let leaks: Vec<String> = automaton
        .find_iter(&everything)
        .take(20)
        .map(|m| {
            let (window, file) = &patterns[m.pattern().as_usize()];
            format!("{}: {window}", file.display())
        })
        .collect();
    assert!(
        leaks.is_empty(),
        "key material in the output:\n{}",
        leaks.join("\n")
    );
    for passphrase in ["fixture-pass", "changeit", "storepass"] {
        assert!(
            !everything.contains(passphrase),
            "passphrase {passphrase} in the output"
        );
    }
}
