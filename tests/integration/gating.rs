//! CI gating: exit codes (0 success, 1 policy failure, 2 error), `--fail-on` thresholds,
//! `--fail-under`, baselines, suppressions (inline and `.cryptoscope.toml`), and SARIF output that
//! validates against the official schema.

use std::path::Path;

use serde_json::Value;

use crate::support::{arg, assert_valid_sarif, components, cryptoscope, property, scan_json};

/// A small tree: SHA-256 and MD5 in code (MD5 with an inline suppression), SHA-1 in tests (suppressed
/// by `.cryptoscope.toml`), and an RSA key exchange in a third file.
fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let write = |path: &str, text: &str| {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap_or(Path::new(".")))
            .unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(path, text).unwrap_or_else(|e| panic!("{e}"));
    };
    write(
        "src/app.py",
        "import hashlib\ndigest = hashlib.sha256(b\"x\").hexdigest()\n\
         # cryptoscope:ignore checksum of a public file, not security\n\
         legacy = hashlib.md5(b\"x\").hexdigest()\n",
    );
    write(
        "tests/test_vectors.py",
        "import hashlib\nprint(hashlib.sha1(b\"abc\").hexdigest())\n",
    );
    write(
        ".cryptoscope.toml",
        "[[suppress]]\npaths = [\"tests/**\"]\nreason = \"published test vectors\"\n",
    );
    dir
}

/// Runs a scan and returns (exit code, stdout, stderr).
fn run(args: &[&str]) -> (i32, String, String) {
    let output = cryptoscope()
        .arg("scan")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn add_line(dir: &Path, path: &str, line: &str) {
    let path = dir.join(path);
    let mut text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    text.push_str(line);
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn suppressed_findings_are_reported_with_their_reason_and_do_not_fail_the_build() {
    let dir = tree();
    let (code, stdout, stderr) = run(&[arg(dir.path()), "-q", "--fail-on", "broken"]);
    assert_eq!(code, 0, "{stderr}");
    let bom: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}"));
    crate::support::assert_valid(&bom);
    let md5 = components(&bom)
        .find(|c| c["name"] == "MD5")
        .unwrap_or_else(|| panic!("MD5 not reported"));
    let occurrence = &md5["evidence"]["occurrences"][0];
    assert_eq!(occurrence["location"], "src/app.py");
    assert_eq!(occurrence["line"], 4);
    assert!(
        occurrence["additionalContext"]
            .as_str()
            .unwrap_or_default()
            .ends_with("[suppressed: checksum of a public file, not security (inline comment)]"),
        "{occurrence}"
    );
    assert_eq!(
        property(md5, "cryptoscope:suppressed-occurrences"),
        Some("1")
    );
    let sha1 = components(&bom)
        .find(|c| c["name"] == "SHA-1")
        .unwrap_or_else(|| panic!("SHA-1 not reported"));
    assert!(
        sha1["evidence"]["occurrences"][0]["additionalContext"]
            .as_str()
            .unwrap_or_default()
            .ends_with("[suppressed: published test vectors (.cryptoscope.toml)]"),
        "{sha1}"
    );
    // Every occurrence of MD5 and SHA-1 is suppressed: only SHA-256 is scored.
    assert_eq!(
        property(&bom["metadata"], "cryptoscope:quantum:score"),
        Some("100")
    );
    assert_eq!(
        property(
            &bom["metadata"],
            "cryptoscope:quantum:not-scored-suppressed"
        ),
        Some("2")
    );
}

#[test]
fn fail_on_thresholds_and_exit_codes() {
    let dir = tree();
    // An unsuppressed MD5 use: broken-classically, exit 1 naming it.
    add_line(dir.path(), "src/app.py", "again = hashlib.md5(b\"y\")\n");
    let (code, _, stderr) = run(&[
        arg(dir.path()),
        "-q",
        "-o",
        "/dev/null",
        "--fail-on",
        "broken",
    ]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(
            "--fail-on broken: 1 asset at or above the threshold: MD5 (src/app.py:5) [broken-classically]"
        ),
        "{stderr}"
    );
    // RSA key transport is quantum-vulnerable: not broken, but trips `vulnerable`.
    let dir = tree();
    add_line(
        dir.path(),
        "src/app.py",
        "from cryptography.hazmat.primitives.asymmetric import rsa\n\
         key = rsa.generate_private_key(public_exponent=65537, key_size=3072)\n",
    );
    let quiet = [arg(dir.path()), "-q", "-o", "/dev/null"];
    let (code, _, stderr) = run(&[&quiet[..], &["--fail-on", "broken"]].concat());
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = run(&[&quiet[..], &["--fail-on", "vulnerable"]].concat());
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("RSA-3072 (src/app.py:6) [quantum-vulnerable]"),
        "{stderr}"
    );
    let (code, _, _) = run(&[&quiet[..], &["--fail-on", "unknown"]].concat());
    assert_eq!(code, 1);
    // The score gate: RSA caps the score at 69.
    let (code, _, stderr) = run(&[&quiet[..], &["--fail-under", "70"]].concat());
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("--fail-under 70: the score is "),
        "{stderr}"
    );
    let (code, _, _) = run(&[&quiet[..], &["--fail-under", "40"]].concat());
    assert_eq!(code, 0);
    // Errors are exit 2: a baseline that is not a CBOM, a suppression without a reason.
    let bad = dir.path().join("not-a-bom.json");
    std::fs::write(&bad, "{}").unwrap_or_else(|e| panic!("{e}"));
    let (code, _, stderr) = run(&[&quiet[..], &["--baseline", arg(&bad)]].concat());
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("is not a CycloneDX JSON document"),
        "{stderr}"
    );
    std::fs::write(
        dir.path().join(".cryptoscope.toml"),
        "[[suppress]]\npaths = [\"x\"]\nreason = \"\"\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (code, _, stderr) = run(&quiet);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("suppress entry 1 has no reason"),
        "{stderr}"
    );
}

#[test]
fn a_baseline_lets_only_new_findings_fail_and_marks_them() {
    let dir = tree();
    add_line(dir.path(), "src/app.py", "old = hashlib.md5(b\"y\")\n");
    let baseline = dir.path().join("baseline.cdx.json");
    let (code, _, stderr) = run(&[arg(dir.path()), "-q", "-o", arg(&baseline)]);
    assert_eq!(code, 0, "{stderr}");
    // Adopting the gate: what the baseline has does not fail, even when code above it moves.
    let text =
        std::fs::read_to_string(dir.path().join("src/app.py")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        dir.path().join("src/app.py"),
        format!("# moved down\n{text}"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let with_baseline = [
        arg(dir.path()),
        "-q",
        "--baseline",
        arg(&baseline),
        "--fail-on",
        "broken",
    ];
    let (code, stdout, stderr) = run(&with_baseline);
    assert_eq!(code, 0, "{stderr}");
    let bom: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}"));
    let md5 = components(&bom)
        .find(|c| c["name"] == "MD5")
        .unwrap_or_else(|| panic!("no MD5"));
    assert_eq!(property(md5, "cryptoscope:baseline"), Some("known"));
    // A new use of a known algorithm is a new occurrence: it fails, and is marked.
    add_line(dir.path(), "src/app.py", "new = hashlib.md5(b\"z\")\n");
    let (code, stdout, stderr) = run(&with_baseline);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("new-since-baseline asset"), "{stderr}");
    let bom: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}"));
    let md5 = components(&bom)
        .find(|c| c["name"] == "MD5")
        .unwrap_or_else(|| panic!("no MD5"));
    assert_eq!(
        property(md5, "cryptoscope:baseline"),
        Some("known, 1 new occurrence")
    );
    // A new algorithm is a new asset.
    std::fs::write(
        dir.path().join("src/more.py"),
        "from Crypto.Cipher import DES\nc = DES.new(k, DES.MODE_ECB)\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (code, stdout, _) = run(&with_baseline);
    assert_eq!(code, 1);
    let bom: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}"));
    let des = components(&bom)
        .find(|c| c["name"].as_str().is_some_and(|n| n.starts_with("DES")))
        .unwrap_or_else(|| panic!("no DES"));
    assert_eq!(property(des, "cryptoscope:baseline"), Some("new"));
}

#[test]
fn sarif_validates_and_carries_levels_locations_fingerprints_suppressions_and_baseline() {
    let dir = tree();
    add_line(dir.path(), "src/app.py", "again = hashlib.md5(b\"y\")\n");
    let baseline = dir.path().join("baseline.cdx.json");
    let (code, _, _) = run(&[arg(dir.path()), "-q", "-o", arg(&baseline)]);
    assert_eq!(code, 0);
    let unreadable = dir.path().join("src/huge.pem");
    std::fs::write(&unreadable, vec![b'x'; 2048]).unwrap_or_else(|e| panic!("{e}"));
    let (code, stdout, stderr) = run(&[
        arg(dir.path()),
        "-q",
        "--format",
        "sarif",
        "--baseline",
        arg(&baseline),
        "--max-file-size",
        "1K",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let log: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_valid_sarif(&log);
    let sarif_run = &log["runs"][0];
    assert_eq!(sarif_run["tool"]["driver"]["name"], "cryptoscope");
    let results = sarif_run["results"].as_array().cloned().unwrap_or_default();
    let md5: Vec<&Value> = results
        .iter()
        .filter(|r| r["ruleId"] == "crypto/algorithm/hash/MD5")
        .collect();
    assert_eq!(md5.len(), 2);
    for result in &md5 {
        assert_eq!(result["level"], "error");
        let location = &result["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], "src/app.py");
        assert_eq!(location["artifactLocation"]["uriBaseId"], "SRCROOT");
        assert_eq!(result["baselineState"], "unchanged");
        assert!(
            result["message"]["text"]
                .as_str()
                .unwrap_or_default()
                .contains("Replace with")
        );
        assert_eq!(
            result["partialFingerprints"]["cryptoscope/v1"]
                .as_str()
                .map(str::len),
            Some(32)
        );
    }
    let lines: Vec<u64> = md5
        .iter()
        .filter_map(|r| r["locations"][0]["physicalLocation"]["region"]["startLine"].as_u64())
        .collect();
    assert_eq!(lines, [4, 5]);
    let suppressed = md5
        .iter()
        .find(|r| r["locations"][0]["physicalLocation"]["region"]["startLine"] == 4)
        .unwrap_or_else(|| panic!("no line 4"));
    assert_eq!(suppressed["suppressions"][0]["kind"], "inSource");
    let sha256 = results
        .iter()
        .find(|r| r["ruleId"] == "crypto/algorithm/hash/SHA-256")
        .unwrap_or_else(|| panic!("no SHA-256"));
    assert_eq!(sha256["level"], "none");
    let sha1 = results
        .iter()
        .find(|r| r["ruleId"] == "crypto/algorithm/hash/SHA-1")
        .unwrap_or_else(|| panic!("no SHA-1"));
    assert_eq!(sha1["suppressions"][0]["kind"], "external");
    // The file over --max-file-size is a tool notification.
    let notifications = sarif_run["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        notifications
            .iter()
            .any(|n| n["descriptor"]["id"] == "too-large"
                && n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    == "src/huge.pem"),
        "{notifications:#?}"
    );
    // Fingerprints do not depend on line numbers: moving the code keeps them.
    let text =
        std::fs::read_to_string(dir.path().join("src/app.py")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.path().join("src/app.py"), format!("\n\n{text}"))
        .unwrap_or_else(|e| panic!("{e}"));
    let (_, moved, _) = run(&[
        arg(dir.path()),
        "-q",
        "--format",
        "sarif",
        "--max-file-size",
        "1K",
    ]);
    let moved: Value = serde_json::from_str(&moved).unwrap_or_else(|e| panic!("{e}"));
    let prints = |log: &Value| -> Vec<String> {
        let mut all: Vec<String> = log["runs"][0]["results"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|r| {
                r["partialFingerprints"]["cryptoscope/v1"]
                    .as_str()
                    .map(str::to_owned)
            })
            .collect();
        all.sort();
        all
    };
    assert_eq!(prints(&log), prints(&moved));
}

#[test]
fn the_samples_give_a_valid_sarif_log_with_binaries() {
    let samples = crate::support::repo().join("samples");
    let (code, stdout, stderr) = run(&[arg(&samples), "-q", "--format", "sarif"]);
    assert_eq!(code, 0, "{stderr}");
    let log: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_valid_sarif(&log);
    let results = log["runs"][0]["results"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    // A binary's finding has a byte offset and no line.
    let binary = results
        .iter()
        .find(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                == "opt/billing/bin/billing-agent"
        })
        .unwrap_or_else(|| panic!("no billing-agent result"));
    let region = &binary["locations"][0]["physicalLocation"]["region"];
    assert!(
        region["byteOffset"].is_u64() && region["startLine"].is_null(),
        "{region}"
    );
    let bom = scan_json(&[arg(&samples)]);
    let occurrences: usize = components(&bom)
        .map(|c| c["evidence"]["occurrences"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(results.len(), occurrences);
}

#[test]
fn policies_are_chosen_by_name_or_file() {
    let samples = crate::support::repo().join("samples");
    let score_of = |policy: &str| -> (String, String) {
        let bom = scan_json(&[arg(&samples), "--policy", policy]);
        (
            property(&bom["metadata"], "cryptoscope:quantum:profile")
                .unwrap_or_default()
                .to_owned(),
            property(&bom["metadata"], "cryptoscope:quantum:score")
                .unwrap_or_default()
                .to_owned(),
        )
    };
    assert_eq!(score_of("nist").0, "nist");
    assert_eq!(score_of("cnsa2").0, "cnsa2");
    assert_eq!(score_of("eu").0, "eu");
    // A user's policy: everything SHA-256 is to be reviewed (unknown), with their own citation.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("ours.toml");
    std::fs::write(
        &file,
        "id = \"ours\"\nname = \"Our standard\"\nsources = [\"Crypto standard v3, section 4\"]\n\
         [[rule]]\nmatch = [\"SHA-256\"]\nclass = \"unknown\"\nreason = \"to be reviewed\"\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let bom = scan_json(&[arg(&samples), "--policy", arg(&file)]);
    assert_eq!(
        property(&bom["metadata"], "cryptoscope:quantum:profile"),
        Some("ours")
    );
    let sha256 = components(&bom)
        .find(|c| c["name"] == "SHA-256")
        .unwrap_or_else(|| panic!("no SHA-256"));
    assert_eq!(
        property(sha256, "cryptoscope:quantum:class"),
        Some("unknown")
    );
    assert_eq!(
        property(sha256, "cryptoscope:quantum:reason"),
        Some("SHA-256 (Our standard): to be reviewed")
    );
    assert!(
        property(sha256, "cryptoscope:quantum:citation")
            .unwrap_or_default()
            .starts_with("Crypto standard v3, section 4"),
    );
    std::fs::write(&file, "id = \"ours\"\n").unwrap_or_else(|e| panic!("{e}"));
    let (code, _, stderr) = run(&[arg(&samples), "-q", "--policy", arg(&file)]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("policy `"), "{stderr}");
}

#[test]
fn the_summary_has_no_colour_codes_when_not_on_a_terminal() {
    let samples = crate::support::repo().join("samples");
    let (code, stdout, _) = run(&[arg(&samples), "-q", "--format", "summary"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("Quantum readiness:"));
    assert!(!stdout.contains('\u{1b}'), "escape codes in piped output");
}
