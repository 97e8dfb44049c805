//! Reads each file exactly once, into memory, with bounded memory and without blocking.
//!
//! Files are opened with `O_NONBLOCK` (a FIFO swapped in after the walk cannot hang the scan, and
//! `/proc/kmsg`-style files return at once), `O_NOCTTY`, and `O_NOFOLLOW` unless symlinks are being
//! followed; the open file is then checked with `fstat` to be a regular file. Content is read with
//! `read(2)` into a per-thread buffer that is reused for small files. Large files draw on a shared
//! [`MemoryBudget`], so the bytes held at once stay below a fixed bound whatever the thread count.
//!
//! The design asks for mmap on large files; this module deliberately reads instead. A mapped file that
//! another process truncates (log rotation does this every night) raises SIGBUS on access and kills
//! the scan, and mapping needs `unsafe`, which this crate forbids. Reading costs one copy from the page
//! cache, the same as ripgrep's multi-file mode.

use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::Path;
use std::sync::{Condvar, Mutex, PoisonError};

/// Files up to this size are read into the thread's reusable buffer without touching the budget.
pub const SMALL_FILE: u64 = 1024 * 1024;

/// A file opened for reading and confirmed to be a regular file.
pub struct OpenedFile {
    file: File,
    /// Device number.
    pub device: u64,
    /// Inode number.
    pub inode: u64,
    /// Hard link count.
    pub links: u64,
    /// Size reported by `fstat`.
    pub size: u64,
}

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Opening, `fstat` or reading failed.
    #[error("{0}")]
    Io(#[from] io::Error),
    /// The path no longer names a regular file (replaced since the walk saw it).
    #[error("not a regular file when opened")]
    NotRegular,
    /// Larger than the configured limit.
    #[error("{size} bytes exceeds the {limit}-byte limit")]
    TooLarge {
        /// The file's size.
        size: u64,
        /// The configured limit.
        limit: u64,
    },
}

/// Opens a file without blocking and checks that it is a regular file.
pub fn open(path: &Path, follow_symlinks: bool) -> Result<OpenedFile, ReadError> {
    let mut flags = libc::O_NONBLOCK | libc::O_NOCTTY | libc::O_CLOEXEC;
    if !follow_symlinks {
        flags |= libc::O_NOFOLLOW;
    }
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(flags)
        .open(path)?;
    let metadata = file.metadata()?;
    if !metadata.file_type().is_file() {
        return Err(ReadError::NotRegular);
    }
    Ok(OpenedFile {
        file,
        device: metadata.dev(),
        inode: metadata.ino(),
        links: metadata.nlink(),
        size: metadata.len(),
    })
}

/// Caps the bytes held by large-file reads across all threads.
#[derive(Debug)]
pub struct MemoryBudget {
    capacity: u64,
    available: Mutex<u64>,
    released: Condvar,
}

/// Bytes drawn from a [`MemoryBudget`], returned when dropped.
pub struct Reservation<'b> {
    budget: &'b MemoryBudget,
    amount: u64,
}

impl MemoryBudget {
    /// A budget of `capacity` bytes.
    pub fn new(capacity: u64) -> Self {
        MemoryBudget {
            capacity,
            available: Mutex::new(capacity),
            released: Condvar::new(),
        }
    }

    /// The budget's capacity in bytes.
    pub fn capacity(&self) -> u64 {
        self.capacity
    }

    /// Waits until `amount` bytes (capped at the capacity, so a request can always be met once the
    /// others are returned) are available and takes them.
    pub fn reserve(&self, amount: u64) -> Reservation<'_> {
        let amount = amount.min(self.capacity);
        let mut available = self
            .available
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        while *available < amount {
            available = self
                .released
                .wait(available)
                .unwrap_or_else(PoisonError::into_inner);
        }
        *available -= amount;
        Reservation {
            budget: self,
            amount,
        }
    }
}

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        let mut available = self
            .budget
            .available
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        *available += self.amount;
        self.budget.released.notify_all();
    }
}

impl OpenedFile {
    /// Reads the whole file into `buffer` (cleared first), at most `limit` bytes. Files that report a
    /// size of zero (procfs and the like) are read until end of file, still bounded by `limit`; a file
    /// that grows while being read is cut at `limit`.
    pub fn read_into<'b>(
        mut self,
        buffer: &mut Vec<u8>,
        limit: u64,
        budget: &'b MemoryBudget,
    ) -> Result<Option<Reservation<'b>>, ReadError> {
        if self.size > limit {
            return Err(ReadError::TooLarge {
                size: self.size,
                limit,
            });
        }
        let expected = if self.size == 0 {
            limit.min(SMALL_FILE)
        } else {
            self.size
        };
        let reservation = (expected > SMALL_FILE).then(|| budget.reserve(expected));
        buffer.clear();
        buffer.reserve(
            usize::try_from(expected)
                .unwrap_or(usize::MAX)
                .min(isize::MAX as usize),
        );
        let cap = if self.size == 0 {
            limit
        } else {
            self.size.min(limit)
        };
        (&mut self.file).take(cap).read_to_end(buffer)?;
        Ok(reservation)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn reads_whole_small_files_and_refuses_large_ones() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("f");
        let mut file = File::create(&path).unwrap_or_else(|e| panic!("{e}"));
        file.write_all(b"0123456789")
            .unwrap_or_else(|e| panic!("{e}"));
        drop(file);
        let budget = MemoryBudget::new(1 << 20);
        let mut buffer = Vec::new();
        let opened = open(&path, false).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(opened.size, 10);
        let reservation = opened
            .read_into(&mut buffer, 100, &budget)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(reservation.is_none());
        assert_eq!(buffer, b"0123456789");
        let opened = open(&path, false).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            opened.read_into(&mut buffer, 5, &budget),
            Err(ReadError::TooLarge { size: 10, limit: 5 })
        ));
    }

    #[test]
    fn refuses_directories_and_symlinks_without_following() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            open(dir.path(), false),
            Err(ReadError::NotRegular)
        ));
        let target = dir.path().join("target");
        std::fs::write(&target, b"x").unwrap_or_else(|e| panic!("{e}"));
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&target, &link).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(open(&link, false), Err(ReadError::Io(_))));
        assert!(open(&link, true).is_ok());
    }

    #[test]
    fn opening_a_fifo_does_not_block() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let fifo = dir.path().join("fifo");
        let status = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !status.is_ok_and(|s| s.success()) {
            return; // mkfifo unavailable: nothing to prove here
        }
        assert!(matches!(open(&fifo, false), Err(ReadError::NotRegular)));
    }

    #[test]
    fn budget_caps_requests_at_capacity_and_returns_bytes() {
        let budget = MemoryBudget::new(100);
        let first = budget.reserve(60);
        drop(first);
        let whole = budget.reserve(500);
        assert_eq!(whole.amount, 100);
    }
}
