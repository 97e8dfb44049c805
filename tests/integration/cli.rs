//! The command as a user runs it: exit codes, outputs, formats, flags, determinism, and trees with
//! special files, links and oversized files.

use std::os::unix::fs::symlink;
use std::path::Path;

use crate::support::{
    arg, components, cryptoscope, fixture, properties, property, repo, scan_json,
};

fn copy_fixture(name: &str, to: &Path) {
    std::fs::copy(fixture(name), to).unwrap_or_else(|e| panic!("{e}"));
}

fn certificate_locations(bom: &serde_json::Value) -> Vec<String> {
    let mut locations: Vec<String> = components(bom)
        .filter(|c| c["cryptoProperties"]["assetType"] == "certificate")
        .flat_map(|c| {
            c["evidence"]["occurrences"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .filter_map(|o| o["location"].as_str().map(str::to_owned))
        .collect();
    locations.sort();
    locations
}

#[test]
fn output_is_identical_across_thread_counts_and_runs() {
    let root = fixture("");
    let run = |threads: &str, spec: &str| {
        let output = cryptoscope()
            .args([
                "scan",
                arg(&root),
                "--threads",
                threads,
                "--spec-version",
                spec,
            ])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(output.status.success());
        output.stdout
    };
    for spec in ["1.6", "1.7"] {
        let one = run("1", spec);
        let two = run("2", spec);
        let eight = run("8", spec);
        assert!(!one.is_empty());
        assert!(
            one == two && two == eight,
            "spec {spec}: output differs between thread counts"
        );
    }
}

#[test]
fn the_samples_tree_validates_in_both_versions() {
    let samples = repo().join("samples");
    for spec in ["1.6", "1.7"] {
        let bom = scan_json(&[arg(&samples), "--spec-version", spec]);
        assert_eq!(bom["specVersion"], spec);
        assert!(
            components(&bom).count() > 10,
            "samples should yield a real inventory"
        );
        let score: u32 = property(&bom["metadata"], "cryptoscope:quantum:score")
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("no score"));
        assert!(
            score <= 39,
            "samples hold SHA-1 and RSA-1024: capped as critical, got {score}"
        );
        assert_eq!(
            property(&bom["metadata"], "cryptoscope:quantum:band"),
            Some("critical")
        );
    }
}

#[test]
fn metadata_records_the_tool_the_time_and_the_model() {
    let bom = scan_json(&[arg(&fixture("x509/ed25519.der"))]);
    assert_eq!(bom["bomFormat"], "CycloneDX");
    assert_eq!(bom["specVersion"], "1.6");
    assert_eq!(bom["version"], 1);
    assert_eq!(bom["metadata"]["timestamp"], "2026-11-25T12:00:00Z");
    assert_eq!(
        bom["metadata"]["tools"]["components"][0]["name"],
        "cryptoscope"
    );
    let meta = &bom["metadata"];
    assert_eq!(
        property(meta, "cryptoscope:quantum:model-version"),
        Some("1")
    );
    assert_eq!(property(meta, "cryptoscope:quantum:profile"), Some("nist"));
    assert_eq!(
        property(meta, "cryptoscope:quantum:as-of"),
        Some("2026-11-25")
    );
    assert_eq!(property(meta, "cryptoscope:scan:files-read"), Some("1"));
    // Ed25519 signatures and key: quantum-vulnerable authentication, capped at 89.
    assert_eq!(property(meta, "cryptoscope:quantum:cap"), Some("89"));
    assert_eq!(property(meta, "cryptoscope:quantum:score"), Some("25"));
    assert_eq!(property(meta, "cryptoscope:quantum:band"), Some("critical"));
}

#[test]
fn serial_numbers_change_with_the_scan_time() {
    let target = fixture("x509/ed25519.der");
    let serial = |time: &str| {
        let output = cryptoscope()
            .env("CRYPTOSCOPE_TIMESTAMP", time)
            .args(["scan", arg(&target)])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let bom: serde_json::Value =
            serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
        bom["serialNumber"].as_str().unwrap_or_default().to_owned()
    };
    assert_eq!(
        serial("2026-01-01T00:00:00Z"),
        serial("2026-01-01T00:00:00Z")
    );
    assert_ne!(
        serial("2026-01-01T00:00:00Z"),
        serial("2026-01-02T00:00:00Z")
    );
}

#[test]
fn as_of_applies_the_2035_transition() {
    let target = fixture("x509/ed25519.der");
    let bom = scan_json(&[arg(&target), "--as-of", "2036-01-01"]);
    assert_eq!(
        property(&bom["metadata"], "cryptoscope:quantum:cap"),
        Some("39")
    );
    assert_eq!(
        property(&bom["metadata"], "cryptoscope:quantum:as-of"),
        Some("2036-01-01")
    );
}

#[test]
fn writes_to_an_output_file_and_never_scans_it() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    copy_fixture("x509/chain.pem", &dir.path().join("chain.pem"));
    let out = dir.path().join("cbom.json");
    // A previous CBOM in the tree would be scanned as a file; the output being written must not be.
    std::fs::write(
        &out,
        "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    cryptoscope()
        .args(["scan", arg(dir.path()), "-o", arg(&out), "--quiet"])
        .assert()
        .success()
        .stdout("");
    let bom: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap_or_else(|e| panic!("{e}")))
            .unwrap_or_else(|e| panic!("{e}"));
    crate::support::assert_valid(&bom);
    assert_eq!(
        certificate_locations(&bom),
        ["chain.pem", "chain.pem", "chain.pem"]
    );
    assert!(properties(&bom["metadata"], "cryptoscope:diagnostic").is_empty());
}

#[test]
fn exit_code_2_for_bad_flags_missing_roots_and_unwritable_output() {
    cryptoscope()
        .args(["scan", "--format", "xml"])
        .assert()
        .code(2);
    cryptoscope()
        .args(["scan", "--max-file-size", "lots"])
        .assert()
        .code(2);
    cryptoscope()
        .args(["scan", "--threads", "0"])
        .assert()
        .code(2);
    cryptoscope()
        .args(["scan", "--as-of", "someday"])
        .assert()
        .code(2);
    cryptoscope().args(["frobnicate"]).assert().code(2);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let missing = dir.path().join("nope");
    cryptoscope()
        .args(["scan", arg(&missing)])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("cannot scan"));
    let unwritable = dir.path().join("no-such-dir/out.json");
    cryptoscope()
        .args(["scan", arg(dir.path()), "-o", arg(&unwritable)])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("cannot write"));
    cryptoscope()
        .args(["scan", arg(dir.path()), "--quiet"])
        .assert()
        .code(0);
    cryptoscope().arg("--version").assert().code(0);
}

#[test]
fn summary_is_a_readable_report() {
    let output = cryptoscope()
        .args(["scan", arg(&fixture("x509")), "--format", "summary"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        text.contains("Quantum readiness: 17/100, critical"),
        "{text}"
    );
    assert!(
        text.contains("capped at 39 by classically broken:"),
        "{text}"
    );
    for line in [
        "broken-classically",
        "quantum-vulnerable",
        "quantum-safe",
        "Algorithms",
        "RSA-1024",
        "ECDSA-P-521",
    ] {
        assert!(text.contains(line), "summary lacks {line}: {text}");
    }
    assert!(text.contains("Certificates: 17 (1 expired"), "{text}");
    assert!(
        text.contains("Diagnostics: 1 (run with --verbose to list them)"),
        "{text}"
    );
    let stderr = String::from_utf8(output.stderr).unwrap_or_default();
    assert!(
        stderr.starts_with("cryptoscope: 18 files,"),
        "final line on stderr: {stderr}"
    );

    let verbose = cryptoscope()
        .args([
            "scan",
            arg(&fixture("x509")),
            "--format",
            "summary",
            "--verbose",
        ])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let text = String::from_utf8(verbose.stdout).unwrap_or_default();
    assert!(
        text.contains("malformed garbage.pem [x509]: CERTIFICATE block at line 2"),
        "{text}"
    );
}

#[test]
fn exclude_globs_leave_paths_out() {
    let bom = scan_json(&[
        arg(&fixture("x509")),
        "--exclude",
        "*.pem",
        "--exclude",
        "concat.der",
    ]);
    let locations = certificate_locations(&bom);
    assert_eq!(
        locations,
        ["config.yaml", "ed25519.der", "p521.bin", "rsa1024-sha1.crt"]
    );
}

#[test]
fn oversized_files_are_skipped_and_counted() {
    let bom = scan_json(&[arg(&fixture("x509")), "--max-file-size", "1K"]);
    let meta = &bom["metadata"];
    let too_large: usize = property(meta, "cryptoscope:scan:files-too-large")
        .and_then(|v| v.parse().ok())
        .unwrap_or_default();
    let diagnostics = properties(meta, "cryptoscope:diagnostic");
    let listed = diagnostics
        .iter()
        .filter(|d| d.starts_with("too-large "))
        .count();
    assert!(too_large > 5, "most fixtures exceed 1 KiB");
    assert_eq!(listed, too_large);
    let read: usize = property(meta, "cryptoscope:scan:files-read")
        .and_then(|v| v.parse().ok())
        .unwrap_or_default();
    assert_eq!(read + too_large, 18, "every file is either read or counted");
}

#[test]
fn special_files_links_and_loops_never_hang_the_scan() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = dir.path().join("root");
    std::fs::create_dir_all(root.join("sub")).unwrap_or_else(|e| panic!("{e}"));
    copy_fixture("x509/ed25519.der", &root.join("sub/ed25519.der"));
    let outside = dir.path().join("outside");
    std::fs::create_dir_all(&outside).unwrap_or_else(|e| panic!("{e}"));
    copy_fixture("x509/ed448.pem", &outside.join("ed448.pem"));
    let fifo = root.join("fifo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    symlink("/dev/zero", root.join("zero")).unwrap_or_else(|e| panic!("{e}"));
    symlink("/proc/self", root.join("proc-self")).unwrap_or_else(|e| panic!("{e}"));
    symlink(&outside, root.join("outside-link")).unwrap_or_else(|e| panic!("{e}"));
    symlink(&root, root.join("sub/loop")).unwrap_or_else(|e| panic!("{e}"));
    symlink("sub/ed25519.der", root.join("inside-link.der")).unwrap_or_else(|e| panic!("{e}"));
    symlink("missing", root.join("dangling")).unwrap_or_else(|e| panic!("{e}"));

    for follow in [false, true] {
        let mut args = vec![arg(&root)];
        if follow {
            args.push("--follow-symlinks");
        }
        let bom = scan_json(&args);
        let meta = &bom["metadata"];
        let diagnostics = properties(meta, "cryptoscope:diagnostic");
        assert!(
            diagnostics
                .iter()
                .any(|d| d.starts_with("special-file fifo [walk]: FIFO skipped without opening")),
            "{diagnostics:#?}"
        );
        // The certificate inside is found once, under its real path, and nothing outside is read.
        assert_eq!(
            certificate_locations(&bom),
            ["sub/ed25519.der"],
            "follow={follow}"
        );
        if follow {
            for link in ["zero", "proc-self", "outside-link"] {
                let expected =
                    format!("symlink {link} [walk]: symbolic link leads outside the scanned roots");
                assert!(
                    diagnostics.iter().any(|d| d.starts_with(&expected)),
                    "{expected}: {diagnostics:#?}"
                );
            }
            assert!(
                diagnostics
                    .iter()
                    .any(|d| d.starts_with("symlink sub/loop")),
                "{diagnostics:#?}"
            );
            assert_eq!(
                property(meta, "cryptoscope:scan:duplicate-paths"),
                Some("1")
            );
        } else {
            assert_eq!(
                property(meta, "cryptoscope:scan:symlinks-not-followed"),
                Some("6")
            );
            assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
        }
    }
}

#[test]
fn hard_links_are_read_once_and_reported_under_every_path() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    copy_fixture("x509/ed25519.der", &dir.path().join("b.der"));
    std::fs::hard_link(dir.path().join("b.der"), dir.path().join("a.der"))
        .unwrap_or_else(|e| panic!("{e}"));
    let bom = scan_json(&[arg(dir.path()), "--threads", "2"]);
    assert_eq!(certificate_locations(&bom), ["a.der", "b.der"]);
    assert_eq!(
        property(&bom["metadata"], "cryptoscope:scan:duplicate-paths"),
        Some("1")
    );
    assert_eq!(
        property(&bom["metadata"], "cryptoscope:scan:files-read"),
        Some("1")
    );
}

#[test]
fn several_roots_are_prefixed_and_an_empty_tree_has_no_score() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let bom = scan_json(&[arg(dir.path())]);
    assert_eq!(components(&bom).count(), 0);
    assert_eq!(
        property(&bom["metadata"], "cryptoscope:quantum:score"),
        Some("none")
    );

    let x509 = fixture("x509/ed25519.der");
    let pqc = fixture("pqc/ml-dsa-44-2.16.840.1.101.3.4.3.17_ta.der");
    let bom = scan_json(&[arg(&x509), arg(&pqc)]);
    let locations = certificate_locations(&bom);
    assert_eq!(locations.len(), 2);
    assert!(
        locations
            .iter()
            .all(|l| l.starts_with('/') && l.contains("tests/fixtures/")),
        "{locations:?}"
    );
}

#[test]
fn unreadable_files_are_diagnostics_not_failures() {
    // Root ignores permissions, so use a file that vanishes instead: a dangling hard path cannot be
    // made portable; an unreadable directory works for non-root users only.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    copy_fixture("x509/ed25519.der", &dir.path().join("ok.der"));
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap_or_else(|e| panic!("{e}"));
    copy_fixture("x509/ed448.pem", &locked.join("ed448.pem"));
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000))
        .unwrap_or_else(|e| panic!("{e}"));
    let bom = scan_json(&[arg(dir.path())]);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755))
        .unwrap_or_else(|e| panic!("{e}"));
    let locations = certificate_locations(&bom);
    assert!(locations.contains(&"ok.der".to_owned()));
    let running_as_root = locations.contains(&"locked/ed448.pem".to_owned());
    if !running_as_root {
        let diagnostics = properties(&bom["metadata"], "cryptoscope:diagnostic");
        assert!(
            diagnostics.iter().any(|d| d.starts_with("io locked")),
            "{diagnostics:#?}"
        );
    }
}
