//! The parallel walk: which paths get read, and which are skipped and why.
//!
//! Built on the `ignore` crate's parallel walker with its filters off (hidden files, `.gitignore` and
//! friends are scanned unless `--gitignore` asks otherwise). It never aborts: unreadable directories,
//! symlink loops and special files become diagnostics. FIFOs, sockets and devices are recognised from
//! the directory entry and never opened. Symbolic links are followed only when asked, and then only
//! when their target lies inside one of the scanned roots; a link leading elsewhere is reported and
//! left alone, so a link to `/`, `/proc/self` or `/dev/zero` cannot drag the scan across the machine.

use std::ffi::OsStr;
use std::fs;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use ignore::overrides::OverrideBuilder;
use ignore::{DirEntry, ParallelVisitor, ParallelVisitorBuilder, WalkBuilder, WalkState};

use crate::model::{Diagnostic, DiagnosticKind};

/// Kernel pseudo-filesystems: their files describe the running system, not the estate, and reading
/// them is slow or blocks. Their mount points are skipped unless given as a root. Sorted.
const PSEUDO_FILESYSTEMS: &[&str] = &[
    "autofs",
    "binfmt_misc",
    "bpf",
    "cgroup",
    "cgroup2",
    "configfs",
    "debugfs",
    "devpts",
    "devtmpfs",
    "efivarfs",
    "fusectl",
    "hugetlbfs",
    "mqueue",
    "nsfs",
    "proc",
    "pstore",
    "rpc_pipefs",
    "securityfs",
    "selinuxfs",
    "sysfs",
    "tracefs",
];

/// Undoes the octal escapes (`\040` for a space) that mountinfo uses in paths.
fn unescape_mount_path(field: &str) -> PathBuf {
    let bytes = field.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let octal = bytes
            .get(i + 1..i + 4)
            .filter(|d| b == b'\\' && d.iter().all(|c| (b'0'..=b'7').contains(c)))
            .map(|d| d.iter().fold(0u32, |acc, c| acc * 8 + u32::from(c - b'0')));
        match octal.and_then(|v| u8::try_from(v).ok()) {
            Some(value) => {
                out.push(value);
                i += 4;
            }
            None => {
                out.push(b);
                i += 1;
            }
        }
    }
    PathBuf::from(std::ffi::OsString::from_vec(out))
}

/// Mount points of pseudo-filesystems, with their type, from `/proc/self/mountinfo` text.
pub fn pseudo_mounts(mountinfo: &str) -> Vec<(PathBuf, String)> {
    mountinfo
        .lines()
        .filter_map(|line| {
            let (left, right) = line.split_once(" - ")?;
            let mount_point = left.split(' ').nth(4)?;
            let fs_type = right.split(' ').next()?;
            PSEUDO_FILESYSTEMS
                .binary_search(&fs_type)
                .ok()
                .map(|_| (unescape_mount_path(mount_point), fs_type.to_owned()))
        })
        .collect()
}

/// A scan root: the path as the user wrote it, and where it really is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Root {
    /// As given on the command line (used to build locations when several roots are scanned).
    pub given: String,
    /// The canonical path.
    pub path: PathBuf,
}

/// What the walker needs to know.
#[derive(Clone, Debug)]
pub struct WalkOptions {
    /// The roots to walk.
    pub roots: Vec<Root>,
    /// Gitignore-style globs of paths to leave out.
    pub excludes: Vec<String>,
    /// Worker threads (0: one per core).
    pub threads: usize,
    /// Follow symbolic links that stay inside the roots.
    pub follow_symlinks: bool,
    /// Stay on each root's filesystem.
    pub one_file_system: bool,
    /// Honour `.gitignore`, `.ignore` and hidden-file rules.
    pub gitignore: bool,
    /// Mount points of kernel pseudo-filesystems (and their type) to skip.
    pub skip_mounts: Vec<(PathBuf, String)>,
}

/// A regular file the walker hands on.
#[derive(Debug)]
pub struct WalkedFile {
    /// Where to open it.
    pub path: PathBuf,
    /// Its location relative to the scan root (see [`location`]).
    pub location: String,
    /// Whether it was reached through a followed symbolic link.
    pub via_symlink: bool,
}

/// Receives the walk's output on one worker thread.
pub trait Visitor: Send {
    /// A regular file to read.
    fn file(&mut self, file: WalkedFile);
    /// A path that was skipped or failed.
    fn diagnostic(&mut self, diagnostic: Diagnostic);
    /// A symbolic link not followed because following is off.
    fn symlink_not_followed(&mut self);
}

/// Formats a path for output: `/` separators, and bytes that are not UTF-8 escaped as `\xNN` so
/// distinct names stay distinct.
pub fn display_path(path: &Path) -> String {
    let bytes = path.as_os_str().as_bytes();
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => {
            let mut out = String::with_capacity(bytes.len() + 8);
            for chunk in bytes.utf8_chunks() {
                out.push_str(chunk.valid());
                for b in chunk.invalid() {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
            out
        }
    }
}

/// The location of `path` found under `root`: relative to the root when there is one root, prefixed
/// with the root as given when there are several; a root that is itself a file is named by its file
/// name.
pub fn location(roots: &[Root], root: &Root, path: &Path) -> String {
    let relative = path.strip_prefix(&root.path).unwrap_or(path);
    let relative = if relative.as_os_str().is_empty() {
        Path::new(root.path.file_name().unwrap_or_else(|| OsStr::new(".")))
    } else {
        relative
    };
    let text = display_path(relative);
    if roots.len() > 1 {
        format!("{}/{text}", root.given.trim_end_matches('/'))
    } else {
        text
    }
}

/// The root a walked path belongs to (the longest root that is a prefix of it).
fn root_of<'r>(roots: &'r [Root], path: &Path) -> Option<&'r Root> {
    roots
        .iter()
        .filter(|r| path.starts_with(&r.path))
        .max_by_key(|r| r.path.as_os_str().len())
}

struct Worker<'s, V: Visitor> {
    visitor: Option<V>,
    options: &'s WalkOptions,
    done: &'s Mutex<Vec<V>>,
}

impl<V: Visitor> Worker<'_, V> {
    fn diagnostic(&mut self, location: String, kind: DiagnosticKind, message: String) {
        if let Some(visitor) = self.visitor.as_mut() {
            visitor.diagnostic(Diagnostic {
                location,
                kind,
                source: "walk",
                message,
            });
        }
    }

    fn location_of(&self, path: &Path) -> String {
        match root_of(&self.options.roots, path) {
            Some(root) => location(&self.options.roots, root, path),
            None => display_path(path),
        }
    }

    fn visit_entry(&mut self, entry: DirEntry) -> WalkState {
        let Some(file_type) = entry.file_type() else {
            return WalkState::Continue;
        };
        let via_symlink = entry.path_is_symlink();
        if via_symlink {
            if !self.options.follow_symlinks || file_type.is_symlink() {
                if let Some(visitor) = self.visitor.as_mut() {
                    visitor.symlink_not_followed();
                }
                return WalkState::Skip;
            }
            let inside = fs::canonicalize(entry.path()).map(|target| {
                self.options
                    .roots
                    .iter()
                    .any(|r| target.starts_with(&r.path))
            });
            match inside {
                Ok(true) => {}
                Ok(false) => {
                    let location = self.location_of(entry.path());
                    self.diagnostic(
                        location,
                        DiagnosticKind::Symlink,
                        "symbolic link leads outside the scanned roots; not followed".to_owned(),
                    );
                    return WalkState::Skip;
                }
                Err(error) => {
                    let location = self.location_of(entry.path());
                    self.diagnostic(
                        location,
                        DiagnosticKind::Symlink,
                        format!("symbolic link not resolved: {error}"),
                    );
                    return WalkState::Skip;
                }
            }
        }
        if file_type.is_dir() {
            if entry.depth() > 0
                && let Some((_, fs_type)) = self
                    .options
                    .skip_mounts
                    .iter()
                    .find(|(p, _)| p == entry.path())
            {
                let message =
                    format!("{fs_type} pseudo-filesystem skipped (scan it as a root to read it)");
                let location = self.location_of(entry.path());
                self.diagnostic(location, DiagnosticKind::SpecialFile, message);
                return WalkState::Skip;
            }
            return WalkState::Continue;
        }
        let location = self.location_of(entry.path());
        if file_type.is_file() {
            if let Some(visitor) = self.visitor.as_mut() {
                visitor.file(WalkedFile {
                    path: entry.into_path(),
                    location,
                    via_symlink,
                });
            }
            return WalkState::Continue;
        }
        let what = if file_type.is_fifo() {
            "FIFO"
        } else if file_type.is_socket() {
            "socket"
        } else if file_type.is_block_device() {
            "block device"
        } else if file_type.is_char_device() {
            "character device"
        } else {
            "special file"
        };
        self.diagnostic(
            location,
            DiagnosticKind::SpecialFile,
            format!("{what} skipped without opening"),
        );
        WalkState::Continue
    }
}

impl<V: Visitor> ParallelVisitor for Worker<'_, V> {
    fn visit(&mut self, entry: Result<DirEntry, ignore::Error>) -> WalkState {
        match entry {
            Ok(entry) => self.visit_entry(entry),
            Err(error) => {
                let (location, kind) = walk_error_place(&error);
                let location = location.map_or_else(String::new, |p| self.location_of(&p));
                self.diagnostic(location, kind, walk_error_message(&error));
                WalkState::Continue
            }
        }
    }
}

impl<V: Visitor> Drop for Worker<'_, V> {
    fn drop(&mut self) {
        if let Some(visitor) = self.visitor.take() {
            self.done
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(visitor);
        }
    }
}

/// The path an `ignore` error is about, and the diagnostic kind it deserves.
fn walk_error_place(error: &ignore::Error) -> (Option<PathBuf>, DiagnosticKind) {
    match error {
        ignore::Error::WithPath { path, err } => (Some(path.clone()), walk_error_place(err).1),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_error_place(err)
        }
        ignore::Error::Loop { child, .. } => (Some(child.clone()), DiagnosticKind::Symlink),
        ignore::Error::Partial(errors) => errors
            .first()
            .map_or((None, DiagnosticKind::Io), walk_error_place),
        _ => (None, DiagnosticKind::Io),
    }
}

/// A walk error's message without the path (the location carries it).
fn walk_error_message(error: &ignore::Error) -> String {
    match error {
        ignore::Error::WithPath { err, .. } | ignore::Error::WithDepth { err, .. } => {
            walk_error_message(err)
        }
        ignore::Error::Loop { ancestor, .. } => {
            format!(
                "symbolic link loop back to {}; not followed",
                display_path(ancestor)
            )
        }
        other => other.to_string(),
    }
}

/// Why the walk could not start.
#[derive(Debug, thiserror::Error)]
pub enum WalkError {
    /// An `--exclude` glob does not parse.
    #[error("invalid --exclude glob `{glob}`: {problem}")]
    BadExclude {
        /// The glob.
        glob: String,
        /// What is wrong with it.
        problem: String,
    },
}

/// Walks every root in parallel; returns every visitor (one per worker thread) when done.
pub fn walk<V, F>(options: &WalkOptions, make_visitor: F) -> Result<Vec<V>, WalkError>
where
    V: Visitor,
    F: Fn() -> V + Sync,
{
    let done = Mutex::new(Vec::new());
    let mut builder = match options.roots.first() {
        Some(first) => WalkBuilder::new(&first.path),
        None => return Ok(Vec::new()),
    };
    for root in options.roots.iter().skip(1) {
        builder.add(&root.path);
    }
    builder
        .standard_filters(options.gitignore)
        .require_git(false)
        .follow_links(options.follow_symlinks)
        .same_file_system(options.one_file_system)
        .threads(options.threads);
    for root in &options.roots {
        let mut overrides = OverrideBuilder::new(&root.path);
        for glob in &options.excludes {
            overrides
                .add(&format!("!{glob}"))
                .map_err(|e| WalkError::BadExclude {
                    glob: glob.clone(),
                    problem: e.to_string(),
                })?;
        }
        if !options.excludes.is_empty() {
            let built = overrides.build().map_err(|e| WalkError::BadExclude {
                glob: options.excludes.join(" "),
                problem: e.to_string(),
            })?;
            // `ignore` applies one override set to every root; globs are relative, so the first
            // root's set matches the same relative paths under the others.
            builder.overrides(built);
            break;
        }
    }
    struct Builder<'s, V: Visitor, F> {
        options: &'s WalkOptions,
        done: &'s Mutex<Vec<V>>,
        make_visitor: &'s F,
    }
    impl<'s, V: Visitor, F: Fn() -> V + Sync> ParallelVisitorBuilder<'s> for Builder<'s, V, F> {
        fn build(&mut self) -> Box<dyn ParallelVisitor + 's> {
            Box::new(Worker {
                visitor: Some((self.make_visitor)()),
                options: self.options,
                done: self.done,
            })
        }
    }
    let mut visitor_builder = Builder {
        options,
        done: &done,
        make_visitor: &make_visitor,
    };
    builder.build_parallel().visit(&mut visitor_builder);
    Ok(done.into_inner().unwrap_or_else(PoisonError::into_inner))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsString;

    fn root(given: &str, path: &str) -> Root {
        Root {
            given: given.to_owned(),
            path: PathBuf::from(path),
        }
    }

    #[test]
    fn locations_are_relative_to_their_root() {
        let one = [root("samples", "/x/samples")];
        assert_eq!(
            location(&one, &one[0], Path::new("/x/samples/etc/a.pem")),
            "etc/a.pem"
        );
        let file = [root("a.pem", "/x/a.pem")];
        assert_eq!(location(&file, &file[0], Path::new("/x/a.pem")), "a.pem");
        let two = [root("samples/", "/x/samples"), root("../other", "/y/other")];
        assert_eq!(
            location(&two, &two[1], Path::new("/y/other/b.der")),
            "../other/b.der"
        );
        assert_eq!(
            location(&two, &two[0], Path::new("/x/samples/c")),
            "samples/c"
        );
    }

    #[test]
    fn non_utf8_names_are_escaped_not_merged() {
        let name = PathBuf::from(OsString::from_vec(b"caf\xe9/x".to_vec()));
        assert_eq!(display_path(&name), "caf\\xe9/x");
    }

    #[test]
    fn pseudo_filesystems_are_found_in_mountinfo() {
        let mountinfo = "22 1 0:21 / /proc rw,nosuid - proc proc rw\n\
            23 1 0:22 / /sys rw - sysfs sysfs rw\n\
            24 1 8:1 / / rw - ext4 /dev/sda1 rw\n\
            25 23 0:23 / /sys/fs/cgroup rw shared:9 - cgroup2 cgroup2 rw\n\
            26 1 0:24 / /mnt/with\\040space rw - proc proc rw\n";
        let found: Vec<(String, String)> = pseudo_mounts(mountinfo)
            .into_iter()
            .map(|(p, t)| (display_path(&p), t))
            .collect();
        let expected = [
            ("/proc", "proc"),
            ("/sys", "sysfs"),
            ("/sys/fs/cgroup", "cgroup2"),
            ("/mnt/with space", "proc"),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(p, t)| ((*p).to_owned(), (*t).to_owned()))
            .collect();
        assert_eq!(found, expected);
        assert!(
            PSEUDO_FILESYSTEMS.windows(2).all(|w| w[0] < w[1]),
            "keep PSEUDO_FILESYSTEMS sorted"
        );
    }

    #[test]
    fn nested_roots_pick_the_longest_prefix() {
        let roots = [root("a", "/a"), root("a/b", "/a/b")];
        let found = root_of(&roots, Path::new("/a/b/c")).map(|r| r.given.as_str());
        assert_eq!(found, Some("a/b"));
    }
}
