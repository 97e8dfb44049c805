//! One validated scan configuration, built from the raw arguments.
//!
//! Everything that can be wrong with the user's input is found here, before any file is read, and
//! reported as a [`ConfigError`] (exit code 2).

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime};

use crate::cli::{FailOnArg, FormatArg, ReportArgs, ScanArgs, SpecArg};
use crate::emit::Format;
use crate::emit::cyclonedx::SpecVersion;
use crate::rules::{RuleError, RuleSet};
use crate::score::{Policy, Profile};
use crate::walk::{Root, WalkOptions, display_path};

/// What is wrong with the arguments.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A path to scan does not exist or cannot be resolved.
    #[error("cannot scan `{path}`: {source}")]
    Root {
        /// The path as given.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// A size does not parse.
    #[error("invalid size `{0}`: use bytes or a number with K, M or G (e.g. 256M)")]
    Size(String),
    /// A time does not parse.
    #[error("invalid time `{0}`: use RFC 3339 (2026-01-31T12:00:00Z) or seconds since the epoch")]
    Time(String),
    /// A date does not parse.
    #[error("invalid date `{0}`: use YYYY-MM-DD")]
    Date(String),
    /// A rules folder given with `--rules` is unreadable or holds an invalid rule.
    #[error(transparent)]
    Rules(#[from] RuleError),
    /// Zero threads.
    #[error("--threads must be at least 1")]
    Threads,
    /// The policy cannot be used.
    #[error(transparent)]
    Policy(#[from] crate::score::PolicyError),
    /// The baseline CBOM cannot be used.
    #[error(transparent)]
    Baseline(#[from] crate::gate::BaselineError),
    /// A `.cryptoscope.toml` cannot be used.
    #[error(transparent)]
    Suppressions(#[from] crate::suppress::SuppressError),
}

/// The validated options `scan` and `score` share: time, policy, output, gates.
#[derive(Clone, Debug)]
pub struct ReportOptions {
    /// Scan (or rescoring) time, seconds since the Unix epoch.
    pub timestamp: i64,
    /// Scoring policy.
    pub policy: Policy,
    /// Output format.
    pub format: Format,
    /// CycloneDX version of the output.
    pub spec_version: SpecVersion,
    /// What fails the build.
    pub gate: crate::gate::Gate,
    /// List diagnostics.
    pub verbose: bool,
    /// No progress and final line.
    pub quiet: bool,
}

impl ReportOptions {
    /// Validates the shared options.
    pub fn from_args(args: &ReportArgs) -> Result<ReportOptions, ConfigError> {
        let timestamp = match (&args.timestamp, &args.source_date_epoch) {
            (Some(t), _) => parse_time(t)?,
            (None, Some(t)) => parse_time(t)?,
            (None, None) => now(),
        };
        let as_of = match &args.as_of {
            Some(date) => parse_date(date)?,
            None => timestamp,
        };
        Ok(ReportOptions {
            timestamp,
            policy: Policy {
                profile: Profile::named(&args.policy)?,
                as_of,
            },
            format: match args.format {
                FormatArg::Cyclonedx => Format::CycloneDx,
                FormatArg::Summary => Format::Summary,
                FormatArg::Sarif => Format::Sarif,
                FormatArg::Html => Format::Html,
            },
            spec_version: match args.spec_version {
                SpecArg::V1_6 => SpecVersion::V1_6,
                SpecArg::V1_7 => SpecVersion::V1_7,
            },
            gate: crate::gate::Gate {
                fail_on: args.fail_on.map(|f| match f {
                    FailOnArg::Broken => crate::gate::FailOn::Broken,
                    FailOnArg::Vulnerable => crate::gate::FailOn::Vulnerable,
                    FailOnArg::Weakened => crate::gate::FailOn::Weakened,
                    FailOnArg::Unknown => crate::gate::FailOn::Unknown,
                }),
                fail_under: args.fail_under,
            },
            verbose: args.verbose,
            quiet: args.quiet,
        })
    }
}

/// A validated scan configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// What to walk and how.
    pub walk: WalkOptions,
    /// Files larger than this are skipped and counted.
    pub max_file_size: u64,
    /// Scan time, seconds since the Unix epoch.
    pub timestamp: i64,
    /// Scoring policy.
    pub policy: Policy,
    /// Output format.
    pub format: Format,
    /// CycloneDX version.
    pub spec_version: SpecVersion,
    /// List diagnostics.
    pub verbose: bool,
    /// No progress or final line on stderr.
    pub quiet: bool,
    /// A file (device, inode) never to scan: the output being written.
    pub skip_file: Option<(u64, u64)>,
    /// Passwords to try on keystores besides the well-known defaults.
    pub keystore_passwords: Vec<String>,
    /// The source-code rules: the built-in ones plus any `--rules` folders.
    pub rules: RuleSet,
    /// What fails the build (`--fail-on`, `--fail-under`).
    pub gate: crate::gate::Gate,
    /// The earlier CBOM new findings are measured against (`--baseline`).
    pub baseline: Option<crate::gate::Baseline>,
    /// The `.cryptoscope.toml` entries of the roots.
    pub suppressions: crate::suppress::Suppressions,
}

/// Parses a size such as `256M`, `1G`, `4096`, `10KiB`.
pub fn parse_size(text: &str) -> Result<u64, ConfigError> {
    let trimmed = text.trim();
    let lower = trimmed.to_ascii_lowercase();
    let without_b = lower
        .strip_suffix("ib")
        .or_else(|| lower.strip_suffix('b'))
        .unwrap_or(&lower);
    let (digits, multiplier) = match without_b.chars().last() {
        Some('k') => (&without_b[..without_b.len() - 1], 1u64 << 10),
        Some('m') => (&without_b[..without_b.len() - 1], 1 << 20),
        Some('g') => (&without_b[..without_b.len() - 1], 1 << 30),
        Some('t') => (&without_b[..without_b.len() - 1], 1 << 40),
        _ => (without_b, 1),
    };
    digits
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(multiplier))
        .ok_or_else(|| ConfigError::Size(text.to_owned()))
}

/// Parses a time given as RFC 3339 or as seconds since the epoch.
pub fn parse_time(text: &str) -> Result<i64, ConfigError> {
    let trimmed = text.trim();
    if let Ok(seconds) = trimmed.parse::<i64>() {
        return Ok(seconds);
    }
    OffsetDateTime::parse(trimmed, &Rfc3339)
        .map(OffsetDateTime::unix_timestamp)
        .map_err(|_| ConfigError::Time(text.to_owned()))
}

/// Parses `YYYY-MM-DD` as the start of that day, UTC.
pub fn parse_date(text: &str) -> Result<i64, ConfigError> {
    let format = format_description!("[year]-[month]-[day]");
    Date::parse(text.trim(), &format)
        .map(|d| d.midnight().assume_utc().unix_timestamp())
        .map_err(|_| ConfigError::Date(text.to_owned()))
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

impl Config {
    /// Validates the arguments of `cryptoscope scan`.
    pub fn from_args(args: &ScanArgs) -> Result<Config, ConfigError> {
        let mut roots = Vec::with_capacity(args.paths.len());
        for path in &args.paths {
            let canonical = std::fs::canonicalize(path).map_err(|source| ConfigError::Root {
                path: display_path(path),
                source,
            })?;
            roots.push(Root {
                given: display_path(path),
                path: canonical,
            });
        }
        let max_file_size = parse_size(&args.max_file_size)?;
        let threads = match args.threads {
            Some(0) => return Err(ConfigError::Threads),
            Some(n) => n,
            None => 0,
        };
        let report = ReportOptions::from_args(&args.report)?;
        let suppressions = crate::suppress::Suppressions::load(&roots)?;
        let baseline = match &args.baseline {
            Some(path) => Some(crate::gate::Baseline::read(path)?),
            None => None,
        };
        let mut rules = RuleSet::builtin()?;
        for folder in &args.rules {
            rules.add_directory(folder)?;
        }
        Ok(Config {
            walk: WalkOptions {
                roots,
                excludes: args.exclude.clone(),
                threads,
                follow_symlinks: args.follow_symlinks,
                one_file_system: args.one_file_system,
                gitignore: args.gitignore,
                skip_mounts: std::fs::read_to_string("/proc/self/mountinfo")
                    .map(|text| crate::walk::pseudo_mounts(&text))
                    .unwrap_or_default(),
            },
            max_file_size,
            timestamp: report.timestamp,
            policy: report.policy,
            format: report.format,
            spec_version: report.spec_version,
            verbose: report.verbose,
            quiet: report.quiet,
            skip_file: None,
            keystore_passwords: args.keystore_password.clone(),
            rules,
            gate: report.gate,
            baseline,
            suppressions,
        })
    }

    /// Never scan this file (used for the output file when it lies inside a root).
    pub fn skip(&mut self, path: &Path) {
        use std::os::unix::fs::MetadataExt;
        if let Ok(metadata) = std::fs::metadata(path) {
            self.skip_file = Some((metadata.dev(), metadata.ino()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_accept_binary_units() {
        assert_eq!(parse_size("256M").ok(), Some(256 << 20));
        assert_eq!(parse_size("1g").ok(), Some(1 << 30));
        assert_eq!(parse_size("10KiB").ok(), Some(10 << 10));
        assert_eq!(parse_size("4096").ok(), Some(4096));
        assert_eq!(parse_size("12B").ok(), Some(12));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("-1").is_err());
        assert!(parse_size("99999999999T").is_err());
    }

    #[test]
    fn times_and_dates_parse() {
        assert_eq!(parse_time("0").ok(), Some(0));
        assert_eq!(parse_time("2030-12-31T23:59:59Z").ok(), Some(1_924_991_999));
        assert!(parse_time("yesterday").is_err());
        assert_eq!(parse_date("2031-01-01").ok(), Some(1_924_992_000));
        assert!(parse_date("2031-13-01").is_err());
    }
}
