//! Raw command-line arguments, exactly as clap parses them. Validation and defaults that need the
//! environment happen in [`crate::config`], so this file only describes the interface.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Inventories the cryptography in a filesystem and writes a CycloneDX CBOM with a quantum-readiness
/// score.
#[derive(Debug, Parser)]
#[command(name = "cryptoscope", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan files and directories and write a CBOM (or a summary, SARIF, an HTML report).
    Scan(Box<ScanArgs>),
    /// Rescore a CycloneDX CBOM written by any tool, under a policy.
    Score(Box<ScoreArgs>),
    /// Work with source-code rules.
    #[command(subcommand)]
    Rules(RulesCommand),
}

/// `cryptoscope rules ...`
#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Run the rules of DIR (laid out like `rules/`: `DIR/<language>/<id>.yaml`) against the
    /// annotated test file beside each rule, and report every mismatch. Exit 1 on a mismatch.
    Test {
        /// The rules folder.
        dir: PathBuf,
        /// Only the rules of this language folder (repeatable).
        #[arg(long, value_name = "LANGUAGE")]
        language: Vec<String>,
    },
    /// Print the syntax tree of a source file (node kinds and fields), to write queries against.
    Tree {
        /// The source file; its extension selects the language.
        file: PathBuf,
    },
    /// Look names up in the algorithm registry: the canonical name, primitive and class each
    /// resolves to (what a rule's algorithm name or value becomes).
    Lookup {
        /// Names or aliases (`PBKDF2WithHmacSHA256`, `des-ede3-cbc`, `secp256r1`).
        names: Vec<String>,
    },
    /// List the built-in rules (and those of `--rules` folders): id, language, description.
    List {
        /// Also load the rules in DIR (repeatable).
        #[arg(long, value_name = "DIR")]
        rules: Vec<PathBuf>,
    },
}

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// CycloneDX JSON.
    Cyclonedx,
    /// A readable report for a terminal.
    Summary,
    /// SARIF 2.1.0, for code-scanning services.
    Sarif,
    /// One self-contained HTML page for people (no network, no external scripts).
    Html,
}

/// The class threshold of `--fail-on`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOnArg {
    /// Classically broken assets (MD5, SHA-1 signatures, RSA-1024, DES, TLS 1.0).
    Broken,
    /// Broken or quantum-vulnerable (RSA, ECDSA, ECDH, DH).
    Vulnerable,
    /// Broken, quantum-vulnerable or quantum-weakened.
    Weakened,
    /// Any of those, or of unknown class.
    Unknown,
}

/// CycloneDX specification versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SpecArg {
    /// CycloneDX 1.6.
    #[value(name = "1.6")]
    V1_6,
    /// CycloneDX 1.7.
    #[value(name = "1.7")]
    V1_7,
}

/// Arguments of `cryptoscope scan`.
#[derive(Debug, clap::Args)]
pub struct ScanArgs {
    /// Files and directories to scan.
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Leave out paths matching GLOB (gitignore syntax, relative to the scan root; repeatable).
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,

    /// Skip files larger than SIZE (bytes, or with K, M, G: binary units).
    #[arg(long, value_name = "SIZE", default_value = "256M")]
    pub max_file_size: String,

    /// Worker threads (default: one per CPU).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,

    /// Follow symbolic links whose target lies inside the scanned roots.
    #[arg(long)]
    pub follow_symlinks: bool,

    /// Do not cross into other filesystems.
    #[arg(long)]
    pub one_file_system: bool,

    /// Honour .gitignore, .ignore and hidden-file rules (off by default: an inventory reads everything).
    #[arg(long)]
    pub gitignore: bool,

    /// Also try PASSWORD on keystores (PKCS#12, JKS), besides the empty password and well-known
    /// defaults such as `changeit` (repeatable). Passwords never appear in any output.
    #[arg(long, value_name = "PASSWORD")]
    pub keystore_password: Vec<String>,

    /// Also run the source-code rules in DIR, laid out like `rules/` (`DIR/<language>/<id>.yaml`,
    /// repeatable). An invalid rule is a fatal error.
    #[arg(long, value_name = "DIR")]
    pub rules: Vec<PathBuf>,

    /// A CBOM from an earlier scan: only assets and occurrences new since then count for --fail-on,
    /// and the output marks what is new.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,

    /// Output, scoring and gating options.
    #[command(flatten)]
    pub report: ReportArgs,
}

/// Arguments of `cryptoscope score`.
#[derive(Debug, clap::Args)]
pub struct ScoreArgs {
    /// A CycloneDX CBOM (JSON) written by any tool.
    #[arg(value_name = "BOM")]
    pub bom: PathBuf,

    /// Output, scoring and gating options.
    #[command(flatten)]
    pub report: ReportArgs,
}

/// What `scan` and `score` share: the output, the policy, the gates.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Write the output to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value = "cyclonedx")]
    pub format: FormatArg,

    /// CycloneDX specification version of the output.
    #[arg(long, value_enum, default_value = "1.6")]
    pub spec_version: SpecArg,

    /// Apply the scoring transitions as of this date (YYYY-MM-DD; default: the scan time).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,

    /// Scoring policy: `nist` (NIST IR 8547 / SP 800-131A), `cnsa2` (CNSA 2.0), `eu` (BSI/ANSSI,
    /// hybrids preferred), or the path of a policy file (format: rules/policies/nist.toml).
    #[arg(long, value_name = "NAME|FILE", default_value = "nist")]
    pub policy: String,

    /// Exit with code 1 when an asset in use of this class or worse is found (new ones only with
    /// --baseline; suppressed ones never count).
    #[arg(long, value_enum, value_name = "CLASS")]
    pub fail_on: Option<FailOnArg>,

    /// Exit with code 1 when the quantum-readiness score is below SCORE (0-100).
    #[arg(long, value_name = "SCORE", value_parser = clap::value_parser!(u8).range(0..=100))]
    pub fail_under: Option<u8>,

    /// List every diagnostic in the summary and on standard error.
    #[arg(short, long)]
    pub verbose: bool,

    /// No progress bar and no final line on standard error.
    #[arg(short, long)]
    pub quiet: bool,

    /// Pin the scan time (RFC 3339 or seconds since the epoch), for reproducible output.
    #[arg(long, env = "CRYPTOSCOPE_TIMESTAMP", hide = true)]
    pub timestamp: Option<String>,

    /// The reproducible-builds convention for pinning time, honoured when no timestamp is given.
    #[arg(long, env = "SOURCE_DATE_EPOCH", hide = true)]
    pub source_date_epoch: Option<String>,
}
