//! Detectors: the plug-in point of the pipeline.
//!
//! A detector declares which files it wants (by sniffed kind and features) and pushes findings and
//! diagnostics into a [`Sink`]. It is handed the bytes of one file, already read, and does no I/O of
//! its own; it knows nothing of output formats. Every call runs under `catch_unwind`, so a panic in a
//! detector or in a third-party parser it calls becomes a diagnostic naming the file, and the scan
//! goes on. Findings pushed before a failure are kept.
//!
//! Adding a detector means one file in this folder, one line in [`Detectors::new`], fixtures and
//! tests; the walker and the emitters stay untouched.

use std::cell::OnceCell;
use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::model::{Asset, Diagnostic, DiagnosticKind, Finding, Occurrence};
use crate::pem::{self, PemBlock};
use crate::registry::Registry;
use crate::rules::{RuleError, RuleSet};
use crate::sniff::Sniff;

pub mod binary;
pub mod derive;
pub mod javaser;
pub mod jca;
pub mod jks;
pub mod jvm;
pub mod keys;
pub mod pbe;
pub mod pgp;
pub mod pkcs12;
#[cfg(feature = "source")]
pub mod source;
pub mod spki;
pub mod ssh;
pub mod unlock;
pub mod x509;

/// Longest text taken from a file into an occurrence's context.
pub const CONTEXT_LIMIT: usize = 160;

/// Text taken from a file for an occurrence's context: control characters replaced, cut at
/// [`CONTEXT_LIMIT`] characters.
pub fn clean_text(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out: String = text
        .chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .take(CONTEXT_LIMIT)
        .collect();
    if text.chars().count() > CONTEXT_LIMIT {
        out.push('…');
    }
    out
}

/// One file, read once, as every detector sees it.
pub struct Input<'a> {
    /// Path relative to the scan root, with `/` separators.
    pub location: &'a str,
    /// The whole file.
    pub bytes: &'a [u8],
    /// What the file is.
    pub sniff: Sniff,
    pem_blocks: OnceCell<Vec<PemBlock<'a>>>,
}

impl<'a> Input<'a> {
    /// Wraps a file's bytes.
    pub fn new(location: &'a str, bytes: &'a [u8], sniff: Sniff) -> Self {
        Input {
            location,
            bytes,
            sniff,
            pem_blocks: OnceCell::new(),
        }
    }

    /// The file's PEM blocks, split once and shared by every detector.
    pub fn pem_blocks(&self) -> &[PemBlock<'a>] {
        if !self.sniff.has_pem {
            return &[];
        }
        self.pem_blocks.get_or_init(|| pem::blocks(self.bytes))
    }
}

/// What detectors may consult besides the file itself.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// The algorithm registry.
    pub registry: &'a Registry,
    /// Scan time, seconds since the Unix epoch (to tell expired certificates).
    pub scan_time: i64,
    /// Passwords to try on keystores besides the well-known defaults (`--keystore-password`).
    pub keystore_passwords: &'a [String],
}

/// Where in a file an asset was seen; the sink adds the file's location.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Place {
    /// 1-based line, for text.
    pub line: Option<u32>,
    /// 1-based column, for source code.
    pub column: Option<u32>,
    /// Byte offset.
    pub offset: Option<u64>,
    /// The API, symbol or field the asset was seen as.
    pub symbol: Option<String>,
    /// A short, non-secret snippet.
    pub context: Option<String>,
    /// The source-code rule that matched.
    pub rule: Option<String>,
    /// Whether the file provides the asset (a library's export) rather than using it.
    pub provided: bool,
}

impl Place {
    /// A place at a byte offset (binary content).
    pub fn at_offset(offset: usize) -> Self {
        Place {
            offset: u64::try_from(offset).ok(),
            ..Place::default()
        }
    }

    /// The same place at a byte offset, if one is known.
    pub fn with_offset(self, offset: Option<usize>) -> Self {
        Place {
            offset: offset.and_then(|o| u64::try_from(o).ok()),
            ..self
        }
    }

    /// A place at a 1-based line and the byte offset where the item starts (text).
    pub fn at_line(line: u32, offset: usize) -> Self {
        Place {
            line: Some(line),
            ..Place::at_offset(offset)
        }
    }
}

/// Findings and diagnostics collected by one worker thread.
#[derive(Debug, Default)]
pub struct Collected {
    /// Every finding, in the order reported.
    pub findings: Vec<Finding>,
    /// Every diagnostic, in the order reported.
    pub diagnostics: Vec<Diagnostic>,
}

/// Receives what one detector finds in one file.
pub struct Sink<'s> {
    out: &'s mut Collected,
    detector: &'static str,
    location: &'s str,
}

impl Sink<'_> {
    /// Reports an asset seen at a place in the current file.
    pub fn found(&mut self, asset: Asset, place: Place) {
        self.out.findings.push(Finding {
            asset,
            occurrence: Occurrence {
                location: self.location.to_owned(),
                line: place.line,
                column: place.column,
                offset: place.offset,
                symbol: place.symbol,
                context: place.context,
                rule: place.rule,
                provided: place.provided,
                suppressed: None,
            },
        });
    }

    /// Reports a problem with the current file.
    pub fn diagnostic(&mut self, kind: DiagnosticKind, message: impl Into<String>) {
        self.out.diagnostics.push(Diagnostic {
            location: self.location.to_owned(),
            kind,
            source: self.detector,
            message: message.into(),
        });
    }
}

/// A detector plug-in.
pub trait Detector: Send + Sync {
    /// Stable kebab-case identifier, equal to the module's file name.
    fn id(&self) -> &'static str;

    /// Whether the detector wants a file of this kind. Must be cheap: it runs for every file.
    fn wants(&self, sniff: &Sniff) -> bool;

    /// Examines one file and reports into the sink.
    fn detect(&self, input: &Input<'_>, context: &Context<'_>, sink: &mut Sink<'_>);
}

/// The set of detectors a scan runs.
pub struct Detectors {
    list: Vec<Box<dyn Detector>>,
}

impl Detectors {
    /// Every built-in detector, the source-code one running the given rules.
    pub fn new(rules: &RuleSet) -> Result<Self, RuleError> {
        let mut list: Vec<Box<dyn Detector>> = vec![
            Box::new(x509::X509Detector),
            Box::new(keys::KeysDetector),
            Box::new(pkcs12::Pkcs12Detector),
            Box::new(jks::JksDetector),
            Box::new(ssh::SshDetector),
            Box::new(pgp::PgpDetector),
            Box::new(binary::BinaryDetector),
            Box::new(jvm::JvmDetector),
        ];
        #[cfg(feature = "source")]
        {
            let detector = source::SourceDetector::new(rules)?;
            if !rules.added_languages.is_empty() {
                detector.compile_languages(&rules.added_languages)?;
            }
            list.push(Box::new(detector));
        }
        #[cfg(not(feature = "source"))]
        let _ = rules;
        Ok(Detectors { list })
    }

    /// Every built-in detector with the built-in rules.
    pub fn builtin() -> Result<Self, RuleError> {
        Detectors::new(&RuleSet::builtin()?)
    }

    /// The detectors' identifiers, in run order.
    pub fn ids(&self) -> Vec<&'static str> {
        self.list.iter().map(|d| d.id()).collect()
    }

    /// Whether any detector wants a file of this kind.
    pub fn any_wants(&self, sniff: &Sniff) -> bool {
        self.list.iter().any(|d| d.wants(sniff))
    }

    /// Runs every interested detector on one file, each isolated from the others' panics.
    pub fn run(&self, input: &Input<'_>, context: &Context<'_>, out: &mut Collected) {
        let first = out.findings.len();
        self.run_each(input, context, out);
        // Inline `cryptoscope:ignore <reason>` comments apply to whatever any detector found.
        if let Some(found) = out.findings.get_mut(first..) {
            let diagnostics = crate::suppress::inline(input.bytes, found, input.location);
            out.diagnostics.extend(diagnostics);
        }
    }

    fn run_each(&self, input: &Input<'_>, context: &Context<'_>, out: &mut Collected) {
        for detector in self.list.iter().filter(|d| d.wants(&input.sniff)) {
            let mut sink = Sink {
                out: &mut *out,
                detector: detector.id(),
                location: input.location,
            };
            let outcome = catch_unwind(AssertUnwindSafe(|| {
                detector.detect(input, context, &mut sink)
            }));
            if let Err(payload) = outcome {
                let message = payload
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".to_owned());
                sink.diagnostic(
                    DiagnosticKind::Panicked,
                    format!("detector panicked: {message}"),
                );
            }
        }
    }
}

/// Runs one detector on one file's bytes as the pipeline would (if it wants the file), and returns
/// what it reported. For rule tests and tools; the pipeline runs [`Detectors::run`].
pub fn run_one(
    detector: &dyn Detector,
    location: &str,
    bytes: &[u8],
    context: &Context<'_>,
) -> Collected {
    let input = Input::new(location, bytes, crate::sniff::sniff(bytes));
    let mut out = Collected::default();
    if detector.wants(&input.sniff) {
        let mut sink = Sink {
            out: &mut out,
            detector: detector.id(),
            location,
        };
        detector.detect(&input, context, &mut sink);
    }
    out
}

/// Helpers for the detectors' unit tests: the built-in registry and one detector run on one file.
#[cfg(test)]
pub(crate) mod testing {
    use super::{Collected, Context, Detector};
    use crate::registry::Registry;

    /// The built-in registry.
    pub fn registry() -> &'static Registry {
        Registry::builtin().unwrap_or_else(|e| panic!("{e}"))
    }

    /// Runs one detector on one file (if it wants it) and returns what it reported.
    pub fn run(detector: &dyn Detector, location: &str, bytes: &[u8]) -> Collected {
        let context = Context {
            registry: registry(),
            scan_time: 0,
            keystore_passwords: &[],
        };
        super::run_one(detector, location, bytes, &context)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sniff::sniff;
    use proptest::prelude::*;

    /// Every fixture file and every annotated rule test file (source code in nine languages), with
    /// its name (the extension selects the source language), to mutate.
    fn fixture_files() -> &'static [(String, Vec<u8>)] {
        static FILES: std::sync::OnceLock<Vec<(String, Vec<u8>)>> = std::sync::OnceLock::new();
        FILES.get_or_init(|| {
            let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
            let mut files = Vec::new();
            let mut stack = vec![root.join("tests/fixtures"), root.join("rules")];
            while let Some(dir) = stack.pop() {
                for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                    let path = entry.path();
                    let name = entry.file_name().to_string_lossy().into_owned();
                    if path.is_dir() {
                        stack.push(path);
                    } else if let Ok(bytes) = std::fs::read(&path) {
                        files.push((name, bytes));
                    }
                }
            }
            files.sort();
            files
        })
    }

    /// The built-in detectors, built once (the source detector compiles its queries on first use).
    fn detectors() -> &'static Detectors {
        static DETECTORS: std::sync::OnceLock<Detectors> = std::sync::OnceLock::new();
        DETECTORS.get_or_init(|| Detectors::builtin().unwrap_or_else(|e| panic!("{e}")))
    }

    fn no_panics(name: &str, bytes: &[u8]) -> Result<(), TestCaseError> {
        let registry = Registry::builtin().unwrap_or_else(|e| panic!("{e}"));
        let context = Context {
            registry,
            scan_time: 0,
            keystore_passwords: &[],
        };
        let input = Input::new(name, bytes, sniff(bytes));
        let mut out = Collected::default();
        detectors().run(&input, &context, &mut out);
        let panicked: Vec<&Diagnostic> = out
            .diagnostics
            .iter()
            .filter(|d| d.kind == DiagnosticKind::Panicked)
            .collect();
        prop_assert!(panicked.is_empty(), "{panicked:?}");
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn detectors_never_panic_on_mutated_fixtures(
            pick in any::<prop::sample::Index>(),
            flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8),
            cut in any::<prop::sample::Index>(),
        ) {
            let files = fixture_files();
            let (name, original) = &files[pick.index(files.len())];
            let mut bytes = original.clone();
            if !bytes.is_empty() {
                for (at, value) in &flips {
                    let i = at.index(bytes.len());
                    bytes[i] ^= value;
                }
                bytes.truncate(cut.index(bytes.len() + 1));
            }
            no_panics(name, &bytes)?;
        }

        #[test]
        fn detectors_never_panic_on_arbitrary_bytes(
            bytes in proptest::collection::vec(any::<u8>(), 0..2048),
            extension in prop::sample::select(vec!["bin", "java", "py", "go", "c", "cpp", "js", "ts", "tsx", "cs", "rs"]),
        ) {
            no_panics(&format!("fuzzed.{extension}"), &bytes)?;
        }
    }

    struct Panics;

    impl Detector for Panics {
        fn id(&self) -> &'static str {
            "panics"
        }
        fn wants(&self, _: &Sniff) -> bool {
            true
        }
        fn detect(&self, _: &Input<'_>, _: &Context<'_>, sink: &mut Sink<'_>) {
            sink.diagnostic(DiagnosticKind::Unsupported, "before the panic");
            panic!("boom");
        }
    }

    #[test]
    fn a_panicking_detector_becomes_a_diagnostic() {
        let registry = Registry::builtin().unwrap_or_else(|e| panic!("{e}"));
        let detectors = Detectors {
            list: vec![Box::new(Panics)],
        };
        let bytes = b"anything";
        let input = Input::new("dir/file", bytes, sniff(bytes));
        let context = Context {
            registry,
            scan_time: 0,
            keystore_passwords: &[],
        };
        let mut out = Collected::default();
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        detectors.run(&input, &context, &mut out);
        std::panic::set_hook(hook);
        let kinds: Vec<_> = out
            .diagnostics
            .iter()
            .map(|d| (d.kind, d.source, d.location.as_str()))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (DiagnosticKind::Unsupported, "panics", "dir/file"),
                (DiagnosticKind::Panicked, "panics", "dir/file")
            ]
        );
        assert!(out.diagnostics[1].message.contains("boom"));
    }
}
