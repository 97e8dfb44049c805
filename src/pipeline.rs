//! The scan itself: walk -> read -> sniff -> detect on every worker thread, then merge -> score.
//!
//! Each worker owns a reusable read buffer, a [`Collected`] sink and counters; nothing is shared on the
//! hot path but the memory budget (large files only) and, for files that may have several paths, a
//! set of (device, inode) pairs. When a file is reached by several paths (hard links, followed links,
//! overlapping roots) it is read once; its findings are reported under each of its real paths (a
//! hard link is a name of the file), or under the smallest path when every path went through a
//! symbolic link, so the output does not depend on which path the walk reached first.

use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::Instant;

use crate::config::Config;
use crate::content::{self, MemoryBudget, ReadError, SMALL_FILE};
use crate::detect::{Collected, Context, Detectors, Input};
use crate::forensics;
use crate::inventory::Inventory;
use crate::model::{Diagnostic, DiagnosticKind};
use crate::registry::{Registry, RegistryError};
use crate::report::{Report, ScanStats};
use crate::rules::RuleError;
use crate::score;
use crate::sniff;
use crate::walk::{self, Visitor, WalkError, WalkedFile};

/// Bytes that large-file reads may hold at once, at least: two files at the default size limit.
const MIN_BUDGET: u64 = 512 * 1024 * 1024;

/// Why a scan could not run at all (per-file problems are diagnostics, never errors).
#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    /// The built-in registry is invalid (a build defect).
    #[error("the built-in algorithm registry is invalid: {0}")]
    Registry(&'static RegistryError),
    /// A rule or a language query does not compile.
    #[error(transparent)]
    Rules(#[from] RuleError),
    /// The walk could not start.
    #[error(transparent)]
    Walk(#[from] WalkError),
}

/// Live counters for a progress display.
#[derive(Debug, Default)]
pub struct Progress {
    /// Files read so far.
    pub files: AtomicU64,
    /// Bytes read so far.
    pub bytes: AtomicU64,
}

/// A path a file was reached by: through a followed symbolic link or not, and its location.
type PathKey = (bool, String);

/// The paths under which each multiply-reachable file was seen.
#[derive(Default)]
struct SeenFiles {
    first: HashMap<(u64, u64), PathKey>,
    aliases: Vec<(PathKey, PathKey)>,
}

/// State shared by all workers.
struct Shared<'a> {
    config: &'a Config,
    detectors: &'a Detectors,
    context: Context<'a>,
    budget: MemoryBudget,
    seen: Mutex<SeenFiles>,
    may_repeat: bool,
    progress: Option<&'a Progress>,
}

/// One worker thread's state.
struct Worker<'a> {
    shared: &'a Shared<'a>,
    buffer: Vec<u8>,
    collected: Collected,
    stats: ScanStats,
}

impl Worker<'_> {
    fn read_diagnostic(&mut self, location: String, kind: DiagnosticKind, message: String) {
        self.collected.diagnostics.push(Diagnostic {
            location,
            kind,
            source: "read",
            message,
        });
    }

    /// Whether this file was already claimed under another path.
    fn already_seen(&mut self, device: u64, inode: u64, file: &WalkedFile) -> bool {
        let key = (file.via_symlink, file.location.clone());
        let mut seen = self
            .shared
            .seen
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        match seen.first.get(&(device, inode)) {
            Some(first) => {
                let pair = (first.clone(), key);
                seen.aliases.push(pair);
                true
            }
            None => {
                seen.first.insert((device, inode), key);
                false
            }
        }
    }
}

impl Visitor for Worker<'_> {
    fn file(&mut self, file: WalkedFile) {
        let shared = self.shared;
        let opened = match content::open(&file.path, file.via_symlink) {
            Ok(opened) => opened,
            Err(error) => {
                self.read_diagnostic(file.location, DiagnosticKind::Io, error.to_string());
                return;
            }
        };
        if shared.config.skip_file == Some((opened.device, opened.inode)) {
            return;
        }
        if (opened.links > 1 || shared.may_repeat)
            && self.already_seen(opened.device, opened.inode, &file)
        {
            self.stats.duplicate_paths += 1;
            return;
        }
        let reservation = match opened.read_into(
            &mut self.buffer,
            shared.config.max_file_size,
            &shared.budget,
        ) {
            Ok(reservation) => reservation,
            Err(ReadError::TooLarge { size, limit }) => {
                self.stats.files_too_large += 1;
                self.read_diagnostic(
                    file.location,
                    DiagnosticKind::TooLarge,
                    format!("{size} bytes exceeds --max-file-size {limit}; not read"),
                );
                return;
            }
            Err(error) => {
                self.read_diagnostic(file.location, DiagnosticKind::Io, error.to_string());
                return;
            }
        };
        let len = self.buffer.len() as u64;
        self.stats.files_read += 1;
        self.stats.bytes_read += len;
        if let Some(progress) = shared.progress {
            progress.files.fetch_add(1, Ordering::Relaxed);
            progress.bytes.fetch_add(len, Ordering::Relaxed);
        }
        let sniffed = sniff::sniff(&self.buffer);
        if shared.detectors.any_wants(&sniffed) {
            let input = Input::new(&file.location, &self.buffer, sniffed);
            shared
                .detectors
                .run(&input, &shared.context, &mut self.collected);
        }
        drop(reservation);
        // Give back what a large file made the buffer grow to.
        if self.buffer.capacity() as u64 > SMALL_FILE {
            self.buffer = Vec::new();
        }
    }

    fn diagnostic(&mut self, diagnostic: Diagnostic) {
        if diagnostic.kind == DiagnosticKind::SpecialFile {
            self.stats.special_files += 1;
        }
        self.collected.diagnostics.push(diagnostic);
    }

    fn symlink_not_followed(&mut self) {
        self.stats.symlinks_not_followed += 1;
    }
}

/// Runs a scan.
pub fn run(config: &Config, progress: Option<&Progress>) -> Result<Report, ScanError> {
    let started = Instant::now();
    let registry = Registry::builtin().map_err(ScanError::Registry)?;
    let detectors = Detectors::new(&config.rules).map_err(ScanError::Rules)?;
    let shared = Shared {
        config,
        detectors: &detectors,
        context: Context {
            registry,
            scan_time: config.timestamp,
            keystore_passwords: &config.keystore_passwords,
        },
        budget: MemoryBudget::new(config.max_file_size.max(MIN_BUDGET)),
        seen: Mutex::new(SeenFiles::default()),
        may_repeat: config.walk.follow_symlinks || config.walk.roots.len() > 1,
        progress,
    };
    let workers = walk::walk(&config.walk, || Worker {
        shared: &shared,
        buffer: Vec::new(),
        collected: Collected::default(),
        stats: ScanStats::default(),
    })?;

    let mut stats = ScanStats::default();
    let mut findings = Vec::new();
    let mut diagnostics = Vec::new();
    for worker in workers {
        stats.add(&worker.stats);
        findings.extend(worker.collected.findings);
        diagnostics.extend(worker.collected.diagnostics);
    }

    // A file seen under several paths is read once. Its findings are reported under every real
    // path (hard links: each path is a name of the file, and a search by path must find it), or,
    // when every path went through a symbolic link, under the smallest one. Its diagnostics go to
    // the first of those paths only.
    let seen = shared
        .seen
        .into_inner()
        .unwrap_or_else(PoisonError::into_inner);
    let mut groups: HashMap<String, BTreeSet<PathKey>> = HashMap::new();
    for (first, alias) in seen.aliases {
        groups
            .entry(first.1.clone())
            .or_insert_with(|| BTreeSet::from([first]))
            .insert(alias);
    }
    let mut targets: HashMap<String, Vec<String>> = HashMap::new();
    for (first, paths) in groups {
        let real: Vec<String> = paths
            .iter()
            .filter(|(via_symlink, _)| !via_symlink)
            .map(|(_, location)| location.clone())
            .collect();
        let chosen = if real.is_empty() {
            paths
                .iter()
                .next()
                .map(|(_, l)| vec![l.clone()])
                .unwrap_or_default()
        } else {
            real
        };
        if chosen != [first.clone()] && !chosen.is_empty() {
            targets.insert(first, chosen);
        }
    }
    if !targets.is_empty() {
        let mut copies = Vec::new();
        for finding in &mut findings {
            if let Some(paths) = targets.get(&finding.occurrence.location) {
                for other in paths.iter().skip(1) {
                    let mut copy = finding.clone();
                    copy.occurrence.location.clone_from(other);
                    copies.push(copy);
                }
                if let Some(first) = paths.first() {
                    finding.occurrence.location.clone_from(first);
                }
            }
        }
        findings.extend(copies);
        for diagnostic in &mut diagnostics {
            if let Some(first) = targets.get(&diagnostic.location).and_then(|p| p.first()) {
                diagnostic.location.clone_from(first);
            }
        }
    }

    config.suppressions.apply(&mut findings, registry);
    let mut inventory = Inventory::merge(findings, diagnostics);
    let forensics = forensics::examine(&mut inventory);
    let assessment = score::assess(&inventory, &config.policy);
    // The same roots in another order describe the same scan.
    let mut roots: Vec<String> = config.walk.roots.iter().map(|r| r.given.clone()).collect();
    roots.sort();
    roots.dedup();
    let mut report = Report {
        roots,
        timestamp: config.timestamp,
        inventory,
        assessment,
        stats,
        forensics,
        elapsed: started.elapsed(),
        new_since_baseline: None,
        baseline_assets: None,
    };
    if let Some(baseline) = &config.baseline {
        report.new_since_baseline = Some(crate::gate::new_occurrences(&report, Some(baseline)));
        report.baseline_assets = Some(baseline.assets.clone());
    }
    Ok(report)
}
