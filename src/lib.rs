//! cryptoscope inventories the cryptography in a filesystem and writes it as a CycloneDX CBOM
//! (cryptographic bill of materials) with a quantum-readiness score.
//!
//! # Bird's-eye view
//!
//! Data flows one way, and each stage knows only the stage before it:
//!
//! ```text
//! walk -> read -> sniff -> detect -> merge -> score -> emit
//! ```
//!
//! One parallel walk visits every file once. Each file is read once into memory, sniffed by content,
//! and handed to every detector that wants its kind. Detectors push findings (an asset and where it
//! was seen) into a per-thread sink. When the walk is done the sinks are merged into one sorted
//! inventory, the scoring model classifies every asset and scores the whole, and an emitter writes the
//! result as CycloneDX JSON or a terminal summary.
//!
//! # Entry points
//!
//! - [`scan`] runs a whole scan for a validated [`config::Config`] and returns a [`report::Report`].
//! - `src/main.rs` is the command: it parses flags ([`cli`]), validates them ([`config`]), calls
//!   [`scan`], writes the chosen format ([`emit`]) and maps the outcome to an exit code.
//!
//! # Code map
//!
//! - [`cli`]: the raw flags as clap parses them; nothing else.
//! - [`config`]: turns flags into one validated `Config` (roots resolved, sizes and dates parsed);
//!   every user error is found here, before a file is read.
//! - [`walk`]: the parallel walk on the `ignore` crate: exclusions, size cap, same-filesystem,
//!   symlink policy (followed only inside the roots), special files skipped unopened. Never aborts.
//! - [`content`]: opens each file without blocking, checks it is regular, reads it once into a reused
//!   buffer; large files draw on a shared memory budget.
//! - [`sniff`]: bytes -> [`sniff::FileKind`] from a sorted table of magic numbers and a DER check, plus
//!   whether PEM armour occurs anywhere. The file name is never needed.
//! - [`pem`] and [`der`]: tolerant PEM splitting with line numbers, and a checked DER reader.
//! - [`detect`]: the [`detect::Detector`] trait, the list of built-in detectors and the dispatch of each
//!   file to those that want it, every call under `catch_unwind`. One detector family per file:
//!   [`detect::x509`] certificates, [`detect::keys`] PEM/DER keys, parameters, CSRs, CRLs and PKCS#7,
//!   [`detect::pkcs12`] and [`detect::jks`] keystores, [`detect::ssh`] OpenSSH, [`detect::pgp`]
//!   OpenPGP, [`detect::source`] crypto API calls in source code (tree-sitter; its rule engine in
//!   `detect/source/mod.rs`, the per-file facts and constant resolution in `detect/source/facts.rs`,
//!   the annotated rule tests in [`detect::source::annotations`]), [`detect::binary`] ELF, PE and
//!   Mach-O files (linked crypto libraries and their versions, symbols, implementation constants, Go
//!   build information and function names, Rust crates, embedded DER certificates; its tables are the
//!   data in `rules/binary/`), [`detect::jvm`] Java class files and jar/war/ear archives (read in
//!   memory, never extracted). Shared helpers that are not
//!   detectors: [`detect::spki`] (public keys and algorithm
//!   identifiers to registry algorithms), [`detect::derive`] (the public part of a private key),
//!   [`detect::pbe`] (password-based protection as algorithms), [`detect::unlock`] (opening keystores
//!   with default passwords), [`detect::javaser`] (the Java serialization JCEKS uses).
//! - [`registry`]: the algorithm registry built from `rules/algorithms.toml`: canonical names,
//!   aliases, OIDs, primitives, classical and quantum security levels, classes and citations; also
//!   protocol versions (TLS 1.0..1.3), which are written as CycloneDX protocol assets.
//! - [`rules`]: the source-code rules of `rules/<language>/` as data: loaded (embedded at build time
//!   by `src/build.rs`, plus `--rules DIR`), validated, handed to the source detector.
//! - [`model`]: domain types (`Algorithm`, `Certificate`, `Key`, `Library`, `Asset`, `Occurrence`,
//!   `Finding`, `Diagnostic`), free of serde and of secrets. An occurrence marked `provided` (a
//!   library exporting an algorithm) is inventoried but not scored: it is what the estate could use.
//! - [`inventory`]: merges all findings into one entry per asset with every occurrence, sorted.
//! - [`forensics`]: weak-key checks across the whole inventory after the walk: RSA moduli sharing a
//!   prime (batch GCD), the ROCA fingerprint, even moduli and tiny exponents.
//! - [`score`]: the scoring model v1 as pure functions: per-asset verdicts and the capped score.
//! - [`report`]: what a scan produced, as the emitters receive it.
//! - [`emit`]: output formats, each with its own wire types: [`emit::cyclonedx`] (1.6 and 1.7) and
//!   [`emit::summary`].
//! - [`pipeline`]: wires the stages together on the walker's threads.
//! - [`progress`]: the progress bar, drawn from atomic counters by its own thread.
//!
//! # Invariants (what is deliberately absent)
//!
//! - Detectors do no I/O: they get the bytes of one file and a context, and return nothing but what
//!   they push into their sink. They know nothing of output formats.
//! - Only `emit` knows CycloneDX or any wire format; `model` has no serde.
//! - No private or secret key material reaches `model`: keys are described by algorithm, size and the
//!   SHA-256 of their public part.
//! - No detector invents an algorithm name: names, OIDs and strengths come from the registry, and an
//!   OID the registry does not know becomes an asset named by that OID and classed unknown; a name
//!   code computes at run time is `unknown` with the expression, never a default.
//! - Source rules are data: adding an API means a YAML file and an annotated test file under
//!   `rules/<language>/`, not Rust code. Binary tables are data too: libraries, symbols, constants
//!   and Go/Rust packages in `rules/binary/*.toml`, every algorithm name checked against the registry.
//! - The output is byte-identical whatever the thread count and walk order: identifiers are derived
//!   from content, the inventory is sorted, and the serial number is derived from the document.
//! - Nothing is written but the requested output; nothing touches the network.
//!
//! # Cross-cutting concerns
//!
//! - Errors: fatal problems (bad flags, unreadable roots, unwritable output) are typed errors that end
//!   the run with exit code 2. Per-file problems are [`model::Diagnostic`]s (io, too-large,
//!   special-file, symlink, malformed, unsupported, panicked): counted, reported, never fatal.
//! - Determinism: `CRYPTOSCOPE_TIMESTAMP` (or `SOURCE_DATE_EPOCH`) pins the scan time, which also
//!   fixes the serial number; everything else already depends only on the tree.
//! - Parallelism: the walker's threads do all the work; each has its own buffer and sink. The only
//!   shared state on the hot path is the large-file memory budget and, for files with several paths,
//!   a set of (device, inode) pairs.
//! - Performance caps: `--max-file-size` (256 MiB by default) bounds one file; the memory budget
//!   (the larger of 512 MiB and that size) bounds all large reads together; PEM armour is found with
//!   one `memmem` pass and DER is only parsed when its header spans the file.

pub mod cli;
pub mod config;
pub mod content;
pub mod der;
pub mod detect;
pub mod emit;
pub mod forensics;
pub mod gate;
pub mod inventory;
pub mod model;
pub mod pem;
pub mod pipeline;
pub mod progress;
pub mod registry;
pub mod report;
pub mod rescore;
pub mod rules;
pub mod score;
pub mod sniff;
pub mod suppress;
pub mod walk;

pub use pipeline::{Progress, ScanError};
pub use report::Report;

/// Scans the configured roots and returns the merged, scored report.
pub fn scan(config: &config::Config, progress: Option<&Progress>) -> Result<Report, ScanError> {
    pipeline::run(config, progress)
}
