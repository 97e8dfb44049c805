//! The result of a scan, as every emitter receives it: the inventory, its assessment, the scan's
//! counters and what was scanned when.

use std::time::Duration;

use crate::forensics::ForensicsSummary;
use crate::inventory::Inventory;
use crate::score::Assessment;

/// Counters kept during the walk. They describe the scanned tree, so they are part of the output and
/// identical across runs on the same tree (elapsed time is kept apart for that reason).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ScanStats {
    /// Regular files read and handed to the detectors.
    pub files_read: u64,
    /// Bytes read.
    pub bytes_read: u64,
    /// Files skipped for exceeding `--max-file-size`.
    pub files_too_large: u64,
    /// FIFOs, sockets and devices skipped without opening.
    pub special_files: u64,
    /// Symbolic links left alone because following is off.
    pub symlinks_not_followed: u64,
    /// Paths that named a file already read (hard links, followed links, overlapping roots).
    pub duplicate_paths: u64,
}

impl ScanStats {
    /// Adds another worker's counters.
    pub fn add(&mut self, other: &ScanStats) {
        self.files_read += other.files_read;
        self.bytes_read += other.bytes_read;
        self.files_too_large += other.files_too_large;
        self.special_files += other.special_files;
        self.symlinks_not_followed += other.symlinks_not_followed;
        self.duplicate_paths += other.duplicate_paths;
    }
}

/// Everything a scan produced.
#[derive(Clone, Debug)]
pub struct Report {
    /// The roots as the user gave them.
    pub roots: Vec<String>,
    /// Scan time, seconds since the Unix epoch (pinned by `CRYPTOSCOPE_TIMESTAMP` for tests).
    pub timestamp: i64,
    /// The merged findings and diagnostics.
    pub inventory: Inventory,
    /// Classes, points and the score.
    pub assessment: Assessment,
    /// Walk counters.
    pub stats: ScanStats,
    /// What the weak-key checks covered.
    pub forensics: ForensicsSummary,
    /// Wall-clock duration (never written into reports, which must be reproducible).
    pub elapsed: Duration,
    /// With `--baseline`: per asset, the indexes of its occurrences that are new since the baseline
    /// (an asset absent from it has all of them); `None` without a baseline.
    pub new_since_baseline: Option<std::collections::BTreeMap<crate::model::AssetId, Vec<usize>>>,
    /// With `--baseline`: the bom-refs the baseline had.
    pub baseline_assets: Option<std::collections::BTreeSet<String>>,
}
