//! Hostile input: the tree `tests/hostile/make-hostile-tree.sh` builds (special files, links out of
//! the tree and in loops, huge and sparse files, non-UTF-8 names, paths deeper than PATH_MAX, and
//! malformed content for every parser), plus files deleted and truncated while the scan runs. The
//! scan finishes in bounded time with exit 0 and a valid CBOM, and every skipped or failed file is a
//! diagnostic with its reason, with and without `--follow-symlinks`.

use std::process::Command as Process;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::{arg, assert_valid, cryptoscope, repo};

/// Every `cryptoscope:diagnostic` of a CBOM's metadata.
fn diagnostics(bom: &Value) -> Vec<String> {
    bom["metadata"]["properties"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["name"] == "cryptoscope:diagnostic")
        .filter_map(|p| p["value"].as_str().map(str::to_owned))
        .collect()
}

fn has(diagnostics: &[String], prefix: &str) -> bool {
    diagnostics.iter().any(|d| d.starts_with(prefix))
}

#[test]
fn a_hostile_tree_is_scanned_to_the_end_with_every_skip_explained() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = dir.path().join("estate");
    let status = Process::new("bash")
        .arg(repo().join("tests/hostile/make-hostile-tree.sh"))
        .arg(&root)
        .status()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(status.success(), "make-hostile-tree.sh failed");

    // Files created, truncated and deleted while the scans run.
    let churn = root.join("churn");
    std::fs::create_dir_all(&churn).unwrap_or_else(|e| panic!("{e}"));
    let stop = Arc::new(AtomicBool::new(false));
    let worker = {
        let stop = Arc::clone(&stop);
        let churn = churn.clone();
        std::thread::spawn(move || {
            let pem =
                std::fs::read(repo().join("tests/fixtures/x509/chain.pem")).unwrap_or_default();
            let mut round = 0u64;
            while !stop.load(Ordering::Relaxed) {
                let path = churn.join(format!("f{}.pem", round % 50));
                let _ = std::fs::write(&path, &pem);
                if round.is_multiple_of(3) {
                    let _ = std::fs::OpenOptions::new()
                        .write(true)
                        .open(&path)
                        .and_then(|f| f.set_len(17));
                } else if round % 3 == 1 {
                    let _ = std::fs::remove_file(&path);
                }
                round += 1;
            }
        })
    };

    let scan = |extra: &[&str]| -> (Value, Duration) {
        let started = Instant::now();
        let output = cryptoscope()
            .args(["scan", arg(&root), "--threads", "2", "-q"])
            .args(extra)
            .timeout(Duration::from_secs(240))
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let elapsed = started.elapsed();
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let bom: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
        assert_valid(&bom);
        (bom, elapsed)
    };
    let (plain, first) = scan(&[]);
    let (followed, second) = scan(&["--follow-symlinks"]);
    stop.store(true, Ordering::Relaxed);
    let _ = worker.join();
    assert!(first < Duration::from_secs(120) && second < Duration::from_secs(120));

    for bom in [&plain, &followed] {
        let found = diagnostics(bom);
        assert!(
            has(
                &found,
                "special-file special/fifo [walk]: FIFO skipped without opening"
            ),
            "{found:#?}"
        );
        if root.join("special/socket").exists() {
            assert!(
                has(&found, "special-file special/socket [walk]: socket skipped"),
                "{found:#?}"
            );
        }
        if root.join("special/null-device").exists() {
            assert!(has(
                &found,
                "special-file special/null-device [walk]: character device skipped"
            ));
        }
        assert!(has(
            &found,
            "too-large big/sparse-4g.bin [read]: 4294967296 bytes exceeds"
        ));
        assert!(has(
            &found,
            "too-large big/zeros-1g.bin [read]: 1073741824 bytes exceeds"
        ));
        assert!(
            has(&found, "io names/d/d/d/"),
            "the path deeper than PATH_MAX: {found:#?}"
        );
        assert!(
            has(&found, "malformed pem/unterminated.pem [x509]"),
            "{found:#?}"
        );
        assert!(has(&found, "malformed zip/absurd.jar [jvm]"), "{found:#?}");
        assert!(
            has(&found, "malformed native/elf-offsets [binary]"),
            "{found:#?}"
        );
        assert!(
            has(&found, "unsupported source/one-line.py [source]"),
            "{found:#?}"
        );
        assert!(
            !found.iter().any(|d| d.starts_with("panicked")),
            "{found:#?}"
        );
    }
    let found = diagnostics(&followed);
    for link in ["to-dev-zero", "to-proc-self", "out-of-tree"] {
        assert!(
            has(
                &found,
                &format!(
                    "symlink links/{link} [walk]: symbolic link leads outside the scanned roots"
                )
            ),
            "{link}: {found:#?}"
        );
    }
    assert!(
        has(&found, "symlink links/self-dir [walk]: symbolic link loop"),
        "{found:#?}"
    );
    assert!(has(&found, "io links/loop-a [walk]"), "{found:#?}");
    assert!(has(&found, "io links/dangling [walk]"), "{found:#?}");
    // Without following, links are counted, not read.
    let count = plain["metadata"]["properties"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|p| p["name"] == "cryptoscope:scan:symlinks-not-followed")
        .and_then(|p| p["value"].as_str())
        .and_then(|v| v.parse::<u32>().ok())
        .unwrap_or_default();
    assert_eq!(count, 9);
}

/// Every path under a folder with its size and modification time.
fn snapshot(root: &std::path::Path) -> Vec<(String, u64, Option<std::time::SystemTime>)> {
    let mut all = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let metadata = std::fs::symlink_metadata(&path).unwrap_or_else(|e| panic!("{e}"));
            if metadata.is_dir() {
                stack.push(path.clone());
            }
            all.push((
                path.display().to_string(),
                metadata.len(),
                metadata.modified().ok(),
            ));
        }
    }
    all.sort();
    all
}

#[test]
fn a_scan_writes_nothing_but_its_output_and_extracts_nothing() {
    let tree = repo().join("tests/fixtures/binaries");
    let before = snapshot(&tree);
    let scratch = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let temp = scratch.path().join("tmp");
    let cwd = scratch.path().join("cwd");
    std::fs::create_dir_all(&temp).unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir_all(&cwd).unwrap_or_else(|e| panic!("{e}"));
    let output = cryptoscope()
        .current_dir(&cwd)
        .env("TMPDIR", &temp)
        .args(["scan", arg(&tree), "-q", "-o", "out.json"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success());
    // The jar and the war inside were read in memory: nothing in TMPDIR, nothing beside the output.
    assert_eq!(snapshot(&temp), Vec::new());
    let written: Vec<String> = snapshot(&cwd).into_iter().map(|(p, _, _)| p).collect();
    assert_eq!(written, [cwd.join("out.json").display().to_string()]);
    assert_eq!(snapshot(&tree), before, "the scanned tree changed");
}
