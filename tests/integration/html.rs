//! The HTML report in a real browser. Headless Chromium opens the file from disk (its
//! Content-Security-Policy forbids any network), runs the page's script and dumps the DOM, which must
//! hold the score of the CycloneDX output of the same scan, one inventory row per CycloneDX
//! component and the mark the sort script leaves; then it takes a screenshot, which must be a real
//! picture.
//!
//! Chromium is required: without it the test fails and says to run `.ci/run`, which installs it.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{arg, components, cryptoscope, property, repo, scan_json};

/// How long one Chromium run may take.
const BROWSER_TIMEOUT: Duration = Duration::from_secs(120);

/// The Chromium binary: `$CHROMIUM`, or `chromium` / `chromium-browser` on the PATH.
fn chromium() -> PathBuf {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return PathBuf::from(path);
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for name in ["chromium", "chromium-browser"] {
        for dir in std::env::split_paths(&path) {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return candidate;
            }
        }
    }
    panic!(
        "headless Chromium is required to test the HTML report and was not found \
         (neither `chromium` nor `chromium-browser` is on the PATH, and $CHROMIUM is unset): \
         run `.ci/run`, which installs it (apt-get install chromium)"
    );
}

/// Runs headless Chromium on a local page with everything that could reach the network turned off;
/// returns what it printed on standard output.
fn run_chromium(profile: &Path, page: &Path, extra: &[&str], log: &Path) -> String {
    let stdout_path = log.with_extension("out");
    let stdout = File::create(&stdout_path).unwrap_or_else(|e| panic!("{e}"));
    let stderr = File::create(log).unwrap_or_else(|e| panic!("{e}"));
    let mut child = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start Chromium: {e}; run `.ci/run` to install it"));
    let start = Instant::now();
    let status = loop {
        match child.try_wait().unwrap_or_else(|e| panic!("{e}")) {
            Some(status) => break status,
            None if start.elapsed() > BROWSER_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "Chromium did not finish in {BROWSER_TIMEOUT:?}: {}",
                    std::fs::read_to_string(log).unwrap_or_default()
                );
            }
            None => std::thread::sleep(Duration::from_millis(100)),
        }
    };
    assert!(
        status.success(),
        "Chromium failed ({status}): {}",
        std::fs::read_to_string(log).unwrap_or_default()
    );
    std::fs::read_to_string(&stdout_path).unwrap_or_else(|e| panic!("{e}"))
}

/// The text of the element that starts right after `marker`.
fn text_after<'d>(dom: &'d str, marker: &str) -> &'d str {
    let start = dom
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker} in the DOM"))
        + marker.len();
    let rest = dom.get(start..).unwrap_or_default();
    rest.get(..rest.find('<').unwrap_or(rest.len()))
        .unwrap_or_default()
}

#[test]
fn the_html_report_renders_in_headless_chromium() {
    let browser = chromium();
    let samples = repo().join("samples");
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let page = dir.path().join("report.html");
    cryptoscope()
        .args([
            "scan",
            arg(&samples),
            "--format",
            "html",
            "-o",
            arg(&page),
            "--quiet",
        ])
        .assert()
        .success()
        .stdout("");
    let html = std::fs::read_to_string(&page).unwrap_or_else(|e| panic!("{e}"));
    let bom = scan_json(&[arg(&samples)]);
    let score = property(&bom["metadata"], "cryptoscope:quantum:score")
        .unwrap_or_else(|| panic!("the samples have a score"));
    let band = property(&bom["metadata"], "cryptoscope:quantum:band")
        .unwrap_or_else(|| panic!("the samples have a band"));
    let component_count = components(&bom).count();
    assert!(component_count > 20, "samples give a real inventory");
    // Without script the page already has every row.
    assert_eq!(html.matches("<tr data-asset=").count(), component_count);

    let profile = dir.path().join("profile");
    let dom = run_chromium(
        &profile,
        &page,
        &["--dump-dom"],
        &dir.path().join("dump-dom.log"),
    );
    assert_eq!(text_after(&dom, "id=\"score-value\">"), score, "{dom}");
    assert!(dom.contains(&format!("data-band=\"{band}\"")));
    assert_eq!(
        dom.matches("<tr data-asset=").count(),
        component_count,
        "one inventory row per CycloneDX component"
    );
    // The script ran: it sorted the inventory by class on load and said so.
    assert!(
        dom.contains("data-sorted=\"class:asc\""),
        "the sort script did not run"
    );
    assert!(dom.contains("aria-sort=\"ascending\""));
    for section in [
        "deadline-table",
        "actions",
        "locations",
        "algorithms",
        "scan",
    ] {
        assert!(dom.contains(&format!("id=\"{section}\"")), "no {section}");
    }
    // By class, by role, by algorithm, by directory, by file.
    assert_eq!(dom.matches("<svg class=\"chart\"").count(), 5);

    let screenshot = dir.path().join("report.png");
    run_chromium(
        &profile,
        &page,
        &[
            &format!("--screenshot={}", screenshot.display()),
            "--window-size=1280,2400",
        ],
        &dir.path().join("screenshot.log"),
    );
    let png = std::fs::read(&screenshot).unwrap_or_else(|e| panic!("no screenshot: {e}"));
    assert_eq!(png.get(..8), Some(&b"\x89PNG\r\n\x1a\n"[..]), "not a PNG");
    // IHDR: width and height, big-endian, right after the signature and the chunk header.
    let width = png
        .get(16..20)
        .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]));
    assert_eq!(width, Some(1280));
    // A blank or broken page compresses to a few kilobytes; a rendered report is far larger.
    assert!(
        png.len() > 60_000,
        "the screenshot is only {} bytes (browser: {})",
        png.len(),
        browser.display()
    );
    if let Some(keep) = std::env::var_os("CRYPTOSCOPE_KEEP_SCREENSHOT") {
        std::fs::copy(&screenshot, keep).unwrap_or_else(|e| panic!("{e}"));
    }
}
