//! Replays the fuzzing corpus (`tests/fuzz/corpus/<target>/`, kept minimised by `cargo fuzz cmin`)
//! through the same library calls as the fuzz targets of `tests/fuzz/`, so everything fuzzing
//! found, and every input it learned, stays tested by `cargo test` without a fuzzer: no panic, and
//! every detector's diagnostics say `panicked` nowhere.

use cryptoscope::detect::{self, Context, Detector, run_one};
use cryptoscope::model::DiagnosticKind;
use cryptoscope::registry::Registry;
use cryptoscope::rules::RuleSet;

use crate::support::repo;

fn context() -> Context<'static> {
    Context {
        registry: Registry::builtin().unwrap_or_else(|e| panic!("{e}")),
        scan_time: 0,
        keystore_passwords: &[],
    }
}

/// The inputs of one target's corpus.
fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = repo().join("tests/fuzz/corpus").join(target);
    let mut inputs: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .filter_map(|entry| {
            let bytes = std::fs::read(entry.path()).ok()?;
            Some((entry.file_name().to_string_lossy().into_owned(), bytes))
        })
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "empty corpus for {target}");
    inputs
}

fn replay(target: &str, detector: &dyn Detector, location: &str) -> usize {
    let context = context();
    let inputs = corpus(target);
    for (name, bytes) in &inputs {
        let out = run_one(detector, location, bytes, &context);
        assert!(
            out.diagnostics
                .iter()
                .all(|d| d.kind != DiagnosticKind::Panicked),
            "{target}/{name}: {:?}",
            out.diagnostics
        );
    }
    inputs.len()
}

#[test]
fn the_fuzzing_corpus_replays_without_a_panic() {
    let mut replayed = 0;
    for (name, bytes) in corpus("sniff") {
        let _ = (name, cryptoscope::sniff::sniff(&bytes));
        replayed += 1;
    }
    for (_, bytes) in corpus("pem") {
        let _ = cryptoscope::pem::blocks(&bytes);
        replayed += 1;
    }
    replayed += replay("x509", &detect::x509::X509Detector, "fuzz");
    replayed += replay("keys", &detect::keys::KeysDetector, "fuzz");
    replayed += replay("pkcs12", &detect::pkcs12::Pkcs12Detector, "fuzz");
    replayed += replay("jks", &detect::jks::JksDetector, "fuzz");
    replayed += replay("ssh", &detect::ssh::SshDetector, "fuzz");
    replayed += replay("pgp", &detect::pgp::PgpDetector, "fuzz");
    replayed += replay("binary", &detect::binary::BinaryDetector, "fuzz");
    replayed += replay("jvm", &detect::jvm::JvmDetector, "fuzz");
    let source =
        detect::source::SourceDetector::new(&RuleSet::builtin().unwrap_or_else(|e| panic!("{e}")))
            .unwrap_or_else(|e| panic!("{e}"));
    replayed += replay("source_python", &source, "x.py");
    replayed += replay("source_c", &source, "x.c");
    for (_, bytes) in corpus("rules") {
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let _ = RuleSet::from_files(&[("python/fuzz.yaml".to_owned(), text.to_owned())]);
        }
        replayed += 1;
    }
    let registry = Registry::builtin().unwrap_or_else(|e| panic!("{e}"));
    for (_, bytes) in corpus("rescore") {
        if let Ok(bom) = serde_json::from_slice::<serde_json::Value>(&bytes) {
            let _ = cryptoscope::rescore::resolve(&bom, "fuzz.cdx.json", registry);
        }
        replayed += 1;
    }
    assert!(replayed > 100, "only {replayed} inputs");
}
