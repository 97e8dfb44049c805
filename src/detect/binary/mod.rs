//! Detector `binary`: what cryptography ELF, PE and Mach-O files link, call and carry.
//!
//! One pass of reading per file, in this order:
//! 1. [`native`] reads the headers with `object` (lazily): the libraries linked (`DT_NEEDED`, PE
//!    import and delay-load tables, Mach-O load commands, every slice of a fat file), the name the
//!    file is linked as itself (SONAME), and its imported and defined symbols.
//! 2. One aho-corasick pass over the bytes finds version strings and marker strings of crypto
//!    libraries, Go build information and Cargo registry paths ([`tables::Tables::strings`]);
//!    a second pass finds implementation constants ([`constants`]).
//! 3. Everything is mapped through the data in `rules/binary/` ([`tables`]) and reported:
//!    - each crypto library linked, as a library component with the binary as an occurrence; the
//!      library's own file (its SONAME matches) with its version and capabilities, and the
//!      algorithms its exported symbols provide (occurrences marked provided, listed as the
//!      library's `provides`: a library that exports thousands of symbols is a few dozen
//!      algorithms, each with its symbols counted in the evidence);
//!    - a copy of a library inside another binary (its version string plus a marker string or its
//!      own symbols), as a library component of that version;
//!    - imported symbols and symbols of statically linked code, grouped per algorithm;
//!    - Windows CNG algorithm identifiers (UTF-16 strings) in a binary that imports
//!      `BCryptOpenAlgorithmProvider`;
//!    - constants: only those specific to one algorithm are in the table, and the evidence names
//!      the constant and its byte order;
//!    - Go: the toolchain version and crypto modules from the build information, and the crypto
//!      functions of the function-name table ([`golang`]); Rust: crates and versions from source
//!      paths and symbols ([`rust`]);
//!    - DER certificates embedded in the bytes, handed to the certificate reader (PEM blocks are
//!      read by the certificate and key detectors, which see every file with PEM armour).
//!
//! Every occurrence has the binary's path, the symbol, constant or string matched, its byte offset,
//! and in its context the library or package it comes from.

pub mod constants;
pub mod golang;
pub mod native;
pub mod rust;
pub mod tables;

use std::collections::{BTreeMap, BTreeSet};

use memchr::memmem;

use crate::detect::{Context, Detector, Input, Place, Sink, keys, x509};
use crate::model::{Algorithm, Asset, AssetId, DiagnosticKind, Library, Primitive};
use crate::registry::Registry;
use crate::sniff::{FileKind, Sniff};

use native::{NativeFacts, Symbol};
use tables::{StringPattern, Tables};

/// Most Go function names or Cargo paths examined per file.
const MAX_NAMES: usize = 200_000;
/// Most embedded-certificate candidates parsed per file.
const MAX_CERTIFICATES: usize = 256;
/// Most embedded-key candidates examined per file.
const MAX_EMBEDDED: usize = 4096;
/// Distinct versions remembered per library and file.
const MAX_VERSIONS: usize = 64;
/// Names listed in an occurrence's context before "and N more".
const LISTED: usize = 3;

/// The binary detector.
pub struct BinaryDetector;

/// The registry's algorithm for a table name; names that are a base and a curve (`ECDSA P-256`)
/// are composed. Tables are checked against the registry by a test, so `unknown` means a defect.
pub fn algorithm(registry: &Registry, name: &str) -> Algorithm {
    if let Some(definition) = registry.by_name(name) {
        return definition.algorithm();
    }
    if let Some((base, curve)) = name.split_once(' ')
        && let Some(algorithm) = registry.compose(base, None, None, Some(curve))
    {
        return algorithm;
    }
    registry.unknown_name(name, Primitive::Unknown)
}

/// Up to [`LISTED`] names and how many more.
fn listed(names: &[&str]) -> String {
    let shown = names
        .iter()
        .take(LISTED)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    match names.len().saturating_sub(LISTED) {
        0 => shown,
        more => format!("{shown} and {more} more"),
    }
}

/// Reads a version number at the start of `bytes`: a digit, then digits, letters and dots; at least
/// one dot. Trailing dots are dropped.
fn version_after(bytes: &[u8]) -> Option<String> {
    let end = bytes
        .iter()
        .take(32)
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'.'))
        .unwrap_or(bytes.len().min(32));
    let text = std::str::from_utf8(bytes.get(..end)?).ok()?;
    let text = text.trim_end_matches('.');
    (text.starts_with(|c: char| c.is_ascii_digit()) && text.contains('.')).then(|| text.to_owned())
}

/// The printable text around an offset (for evidence), without control characters.
fn text_at(bytes: &[u8], offset: usize, max: usize) -> String {
    let end = bytes
        .get(offset..)
        .map(|rest| {
            offset
                + rest
                    .iter()
                    .take(max)
                    .position(|b| !(0x20..0x7f).contains(b))
                    .unwrap_or(rest.len().min(max))
        })
        .unwrap_or(offset);
    String::from_utf8_lossy(bytes.get(offset..end).unwrap_or_default()).into_owned()
}

/// What the strings pass found.
#[derive(Default)]
struct StringHits {
    /// Per library: versions with their first offset and the string, and how often each was seen.
    versions: BTreeMap<usize, BTreeMap<String, (usize, String, usize)>>,
    /// Per library: the first marker string found and its offset.
    markers: BTreeMap<usize, (usize, String)>,
    go_build_info: Option<usize>,
    cargo_paths: Vec<(usize, &'static [u8])>,
    /// Where key algorithm OIDs occur (candidate embedded keys).
    key_oids: Vec<usize>,
}

impl StringHits {
    /// The version of a library its strings give: the one seen most often (ties: first found),
    /// with the offset and text of its first string.
    fn best_version(&self, library: usize) -> Option<(&str, (usize, &str))> {
        self.versions
            .get(&library)?
            .iter()
            .max_by(|a, b| a.1.2.cmp(&b.1.2).then(b.1.0.cmp(&a.1.0)))
            .map(|(version, (at, text, _))| (version.as_str(), (*at, text.as_str())))
    }
}

fn scan_strings(tables: &Tables, bytes: &[u8]) -> StringHits {
    let mut hits = StringHits::default();
    tables
        .strings
        .for_each(bytes, |start, end, pattern| match *pattern {
            StringPattern::Version(library) => {
                let versions = hits.versions.entry(library).or_default();
                if let Some(version) = bytes.get(end..).and_then(version_after)
                    && (versions.len() < MAX_VERSIONS || versions.contains_key(&version))
                {
                    let entry = versions
                        .entry(version)
                        .or_insert_with(|| (start, text_at(bytes, start, 80), 0));
                    entry.2 += 1;
                }
            }
            StringPattern::Marker(library) => {
                hits.markers
                    .entry(library)
                    .or_insert_with(|| (start, text_at(bytes, start, 80)));
            }
            StringPattern::GoBuildInfo => {
                hits.go_build_info.get_or_insert(start);
            }
            StringPattern::KeyAlgorithm => {
                if hits.key_oids.len() < MAX_EMBEDDED {
                    hits.key_oids.push(start);
                }
            }
            StringPattern::CargoRegistry => {
                if hits.cargo_paths.len() < MAX_NAMES {
                    let marker = rust::REGISTRY_MARKERS
                        .iter()
                        .copied()
                        .find(|m| bytes.get(start..end) == Some(*m))
                        .unwrap_or(rust::REGISTRY_MARKERS[0]);
                    hits.cargo_paths.push((start, marker));
                }
            }
        });
    hits
}

/// Findings of one file, gathered before they are reported.
struct Report<'a> {
    tables: &'static Tables,
    registry: &'a Registry,
}

impl Report<'_> {
    /// A library of the table, with what every version of it can do (`since = "0"`).
    fn library(&self, index: usize) -> Library {
        let spec = &self.tables.libraries[index];
        Library {
            id: spec.id.clone(),
            name: spec.name.clone(),
            versions: BTreeSet::new(),
            purl: spec.purl.clone(),
            linked_as: None,
            capabilities: self.tables.capabilities(index, "0").into_iter().collect(),
            provides: BTreeSet::new(),
        }
    }

    fn with_version(&self, index: usize, mut library: Library, version: &str) -> Library {
        library
            .capabilities
            .extend(self.tables.capabilities(index, version));
        library.versions.insert(version.to_owned());
        library
    }
}

/// Groups symbols by the algorithm their names say, per library.
fn by_algorithm<'s>(
    tables: &Tables,
    symbols: impl Iterator<Item = &'s Symbol>,
) -> BTreeMap<(String, usize), Vec<&'s Symbol>> {
    let mut groups: BTreeMap<(String, usize), Vec<&Symbol>> = BTreeMap::new();
    for symbol in symbols {
        if let Some(meaning) = tables.symbol(&symbol.name) {
            groups
                .entry((meaning.algorithm.clone(), meaning.library))
                .or_default()
                .push(symbol);
        }
    }
    for list in groups.values_mut() {
        list.sort_by(|a, b| a.offset.cmp(&b.offset).then(a.name.cmp(&b.name)));
    }
    groups
}

impl Detector for BinaryDetector {
    fn id(&self) -> &'static str {
        "binary"
    }

    fn wants(&self, sniff: &Sniff) -> bool {
        matches!(
            sniff.kind,
            FileKind::Elf | FileKind::Pe | FileKind::MachO | FileKind::MachOFat
        )
    }

    fn detect(&self, input: &Input<'_>, context: &Context<'_>, sink: &mut Sink<'_>) {
        let tables = match Tables::builtin() {
            Ok(tables) => tables,
            Err(e) => {
                sink.diagnostic(DiagnosticKind::Unsupported, e.to_string());
                return;
            }
        };
        let bytes = input.bytes;
        let report = Report {
            tables,
            registry: context.registry,
        };
        let facts = match native::read(bytes) {
            Ok(facts) => {
                if !facts.problems.is_empty() {
                    sink.diagnostic(
                        DiagnosticKind::Malformed,
                        format!(
                            "{} read in part: {}",
                            facts.format,
                            facts.problems.join("; ")
                        ),
                    );
                }
                facts
            }
            Err(e) => {
                sink.diagnostic(
                    DiagnosticKind::Malformed,
                    format!(
                        "{} headers do not parse ({e}); only its bytes were searched",
                        input.sniff.kind.as_str()
                    ),
                );
                NativeFacts::default()
            }
        };
        let strings = scan_strings(tables, bytes);

        let linked = linked_libraries(&report, &facts, sink);
        let own = own_library(&report, &facts, &strings);
        let own_index = own.as_ref().map(|o| o.index);
        embedded_copies(&report, &facts, &strings, &linked, own_index, sink);
        cng_identifiers(&report, &facts, bytes, sink);
        // A crypto library's own file provides what it implements; any other file (an executable,
        // or a library such as libsystemd or libgit2 hashing for itself) uses it.
        let is_library = own.is_some();
        let mut own = own;
        for hit in constants::scan(tables, bytes) {
            let Some(constant) = tables.constants.get(hit.constant) else {
                continue;
            };
            let order = match hit.big_endian {
                Some(true) => ", big-endian",
                Some(false) => ", little-endian",
                None => "",
            };
            let copies = if hit.count > 1 {
                format!(", {} copies", hit.count)
            } else {
                String::new()
            };
            let asset = Asset::algorithm(algorithm(report.registry, &constant.algorithm));
            if is_library && let Some(own) = own.as_mut() {
                own.library.provides.insert(asset.id.clone());
            }
            sink.found(
                asset,
                Place {
                    symbol: Some(constant.id.clone()),
                    context: Some(format!("constant: {}{order}{copies}", constant.description)),
                    provided: is_library,
                    ..Place::at_offset(hit.offset)
                },
            );
        }
        symbols(&report, &facts, own, sink);
        if let Some(offset) = strings.go_build_info {
            go(&report, bytes, offset, sink);
        }
        rust_crates(&report, &facts, bytes, &strings, sink);
        let certificates = embedded_certificates(bytes, context, sink);
        embedded_keys(bytes, &strings.key_oids, &certificates, context, sink);
    }
}

/// Reports each crypto library the file links; returns the indexes of the libraries linked.
fn linked_libraries(
    report: &Report<'_>,
    facts: &NativeFacts,
    sink: &mut Sink<'_>,
) -> BTreeSet<usize> {
    let tables = report.tables;
    let mut linked = BTreeSet::new();
    for link in &facts.linked {
        let basename = link.basename();
        for index in tables.libraries_linked_as(basename) {
            let spec = &tables.libraries[index];
            if !spec.requires_import.is_empty() {
                let needed: Vec<&str> = facts
                    .imports
                    .iter()
                    .filter(|s| {
                        s.library
                            .as_deref()
                            .is_none_or(|l| l.eq_ignore_ascii_case(&link.name))
                    })
                    .filter(|s| {
                        spec.requires_import
                            .iter()
                            .any(|g| tables::glob_matches(g, &s.name))
                    })
                    .map(|s| s.name.as_str())
                    .collect();
                if needed.is_empty() {
                    continue;
                }
            }
            linked.insert(index);
            // DLL names are case-insensitive: one spelling per library.
            let linked_as = if facts.format == "PE" {
                basename.to_ascii_lowercase()
            } else {
                basename.to_owned()
            };
            let mut library = report.library(index);
            library.linked_as = Some(linked_as);
            sink.found(
                Asset::library(library),
                Place {
                    symbol: Some(link.name.clone()),
                    context: Some(match &link.note {
                        Some(note) => format!("{} {} ({note})", link.kind.as_str(), link.name),
                        None => format!("{} {}", link.kind.as_str(), link.name),
                    }),
                    ..Place::default().with_offset(link.offset)
                },
            );
        }
    }
    // Libraries used through imports alone (Apple's CommonCrypto comes through libSystem).
    let mut by_import: BTreeMap<usize, Vec<&Symbol>> = BTreeMap::new();
    for symbol in &facts.imports {
        for (index, spec) in tables.libraries.iter().enumerate() {
            if spec
                .imports
                .iter()
                .any(|g| tables::glob_matches(g, &symbol.name))
            {
                by_import.entry(index).or_default().push(symbol);
            }
        }
    }
    for (index, symbols) in by_import {
        if linked.contains(&index) {
            continue;
        }
        linked.insert(index);
        let first = symbols[0];
        let mut library = report.library(index);
        library.linked_as = first
            .library
            .as_deref()
            .map(|l| l.rsplit('/').next().unwrap_or(l).to_owned());
        let names: Vec<&str> = symbols.iter().map(|s| s.name.as_str()).collect();
        sink.found(
            Asset::library(library),
            Place {
                symbol: Some(first.name.clone()),
                context: Some(format!(
                    "imports {}{}",
                    listed(&names),
                    first
                        .library
                        .as_deref()
                        .map(|l| format!(" from {l}"))
                        .unwrap_or_default()
                )),
                ..Place::default().with_offset(first.offset)
            },
        );
    }
    linked
}

/// The library a file is itself.
struct OwnLibrary {
    index: usize,
    library: Library,
    offset: Option<usize>,
    evidence: String,
}

/// The library this file is, when its own name (SONAME, install name, DLL export name) matches one.
fn own_library(
    report: &Report<'_>,
    facts: &NativeFacts,
    strings: &StringHits,
) -> Option<OwnLibrary> {
    let (name, offset) = facts.own_name.as_ref()?;
    let basename = name.rsplit('/').next().unwrap_or(name);
    let index = report.tables.libraries_linked_as(basename).next()?;
    let mut library = report.library(index);
    library.linked_as = Some(if facts.format == "PE" {
        basename.to_ascii_lowercase()
    } else {
        basename.to_owned()
    });
    let mut evidence = format!("the library itself: its own name is {name}");
    if let Some((version, (at, text))) = strings.best_version(index) {
        library = report.with_version(index, library, version);
        evidence.push_str(&format!(
            "; version {version} from \"{text}\" at offset {at}"
        ));
    } else {
        evidence.push_str("; no version string found");
    }
    Some(OwnLibrary {
        index,
        library,
        offset: *offset,
        evidence,
    })
}

/// Imported and defined symbols, grouped per algorithm. Exports of the file's own library are
/// reported as provided and listed as the library's `provides`; the library itself is reported
/// last, with them.
fn symbols(report: &Report<'_>, facts: &NativeFacts, own: Option<OwnLibrary>, sink: &mut Sink<'_>) {
    let tables = report.tables;
    for ((name, library), list) in by_algorithm(tables, facts.imports.iter()) {
        let names: Vec<&str> = list.iter().map(|s| s.name.as_str()).collect();
        let from = list
            .iter()
            .find_map(|s| s.library.clone())
            .unwrap_or_else(|| tables.libraries[library].name.clone());
        sink.found(
            Asset::algorithm(algorithm(report.registry, &name)),
            Place {
                symbol: Some(list[0].name.clone()),
                context: Some(format!("imports {} from {from}", listed(&names))),
                ..Place::default().with_offset(list[0].offset)
            },
        );
    }
    // A file with a name of its own (a shared library) provides what it exports; what an
    // executable exports, or a static symbol table defines, is code linked into it.
    let is_library = facts.own_name.is_some();
    let mut provides = BTreeSet::new();
    let exported = by_algorithm(tables, facts.exports.iter())
        .into_iter()
        .map(|group| (group, is_library));
    let local = by_algorithm(tables, facts.locals.iter())
        .into_iter()
        .map(|group| (group, false));
    for (((name, library), list), provided) in exported.chain(local) {
        let names: Vec<&str> = list.iter().map(|s| s.name.as_str()).collect();
        let asset = Asset::algorithm(algorithm(report.registry, &name));
        if provided && own.is_some() {
            provides.insert(asset.id.clone());
        }
        let context = if provided {
            format!(
                "exports {} ({} symbol{})",
                listed(&names),
                names.len(),
                if names.len() == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "defines {} of {} (linked in)",
                listed(&names),
                tables.libraries[library].name
            )
        };
        sink.found(
            asset,
            Place {
                symbol: Some(list[0].name.clone()),
                context: Some(context),
                provided,
                ..Place::default().with_offset(list[0].offset)
            },
        );
    }
    if let Some(OwnLibrary {
        mut library,
        offset,
        evidence,
        ..
    }) = own
    {
        library.provides.extend(provides);
        let symbol = library.linked_as.clone();
        sink.found(
            Asset::library(library),
            Place {
                symbol,
                context: Some(evidence),
                ..Place::default().with_offset(offset)
            },
        );
    }
}

/// A copy of a library inside a binary that neither links it nor is it: its version string plus a
/// marker string or at least three of its symbols defined.
fn embedded_copies(
    report: &Report<'_>,
    facts: &NativeFacts,
    strings: &StringHits,
    linked: &BTreeSet<usize>,
    own: Option<usize>,
    sink: &mut Sink<'_>,
) {
    let tables = report.tables;
    let mut defined: BTreeMap<usize, usize> = BTreeMap::new();
    for symbol in facts.exports.iter().chain(&facts.locals) {
        if let Some(meaning) = tables.symbol(&symbol.name) {
            *defined.entry(meaning.library).or_default() += 1;
        }
    }
    let candidates: BTreeSet<usize> = strings
        .versions
        .keys()
        .chain(strings.markers.keys())
        .copied()
        .collect();
    let passing: Vec<usize> = candidates
        .into_iter()
        .filter(|index| !linked.contains(index) && own != Some(*index))
        .filter(|index| {
            strings.markers.contains_key(index) || defined.get(index).copied().unwrap_or(0) >= 3
        })
        .collect();
    // A component of a project already identified in the file (it links it, or is part of it)
    // carries that project's strings: not a copy.
    let projects: BTreeSet<&str> = own
        .into_iter()
        .chain(linked.iter().copied())
        .filter_map(|i| tables.libraries[i].project.as_deref())
        .collect();
    let passing: Vec<usize> = passing
        .into_iter()
        .filter(|i| {
            tables.libraries[*i]
                .project
                .as_deref()
                .is_none_or(|p| !projects.contains(p))
        })
        .collect();
    // A fork identified in the file wins over the library whose version text it imitates.
    let superseded: BTreeSet<&str> = passing
        .iter()
        .copied()
        .chain(own)
        .chain(linked.iter().copied())
        .flat_map(|i| tables.libraries[i].supersedes.iter().map(String::as_str))
        .collect();
    for index in passing {
        if superseded.contains(tables.libraries[index].id.as_str()) {
            continue;
        }
        let marker = strings.markers.get(&index);
        let symbols = defined.get(&index).copied().unwrap_or(0);
        let mut library = report.library(index);
        let mut evidence = vec!["a copy inside this binary".to_owned()];
        let mut place = Place::default();
        if let Some((version, (at, text))) = strings.best_version(index) {
            library = report.with_version(index, library, version);
            evidence.push(format!("version string \"{text}\""));
            place = Place {
                symbol: Some(text.to_owned()),
                ..Place::at_offset(at)
            };
        }
        if let Some((at, text)) = marker {
            evidence.push(format!("marker \"{text}\" at offset {at}"));
            if place.symbol.is_none() {
                place = Place {
                    symbol: Some(text.clone()),
                    ..Place::at_offset(*at)
                };
            }
        }
        if symbols > 0 {
            evidence.push(format!("{symbols} of its symbols defined"));
        }
        place.context = Some(evidence.join("; "));
        sink.found(Asset::library(library), place);
    }
}

/// Windows CNG algorithm identifiers (`BCRYPT_AES_ALGORITHM` is the UTF-16 string `AES`), read in a
/// binary that imports the function that takes them.
fn cng_identifiers(report: &Report<'_>, facts: &NativeFacts, bytes: &[u8], sink: &mut Sink<'_>) {
    let Some(opener) = facts
        .imports
        .iter()
        .find(|s| s.name == "BCryptOpenAlgorithmProvider" || s.name == "NCryptOpenStorageProvider")
    else {
        return;
    };
    for (id, name) in &report.tables.cng_algorithm_ids {
        // The identifier as a NUL-terminated UTF-16LE string, preceded by a NUL code unit or at an
        // even offset after other data: search "\0\0" + id + "\0\0" and take the first aligned hit.
        let mut pattern = vec![0u8, 0];
        for unit in id.encode_utf16() {
            pattern.extend_from_slice(&unit.to_le_bytes());
        }
        pattern.extend_from_slice(&[0, 0]);
        let Some(at) = memmem::find_iter(bytes, &pattern).find(|at| (at + 2) % 2 == 0) else {
            continue;
        };
        sink.found(
            Asset::algorithm(algorithm(report.registry, name)),
            Place {
                symbol: Some(id.clone()),
                context: Some(format!(
                    "CNG algorithm identifier L\"{id}\" in a binary importing {}{}",
                    opener.name,
                    opener
                        .library
                        .as_deref()
                        .map(|l| format!(" from {l}"))
                        .unwrap_or_default()
                )),
                ..Place::at_offset(at + 2)
            },
        );
    }
}

/// Go function names found, with their offsets.
type FunctionList<'b> = Vec<(usize, &'b str)>;

/// Go: the toolchain and crypto modules from the build information, the crypto functions present.
fn go(report: &Report<'_>, bytes: &[u8], offset: usize, sink: &mut Sink<'_>) {
    let tables = report.tables;
    let info = golang::build_info(bytes, offset);
    let mut groups: BTreeMap<(&str, &str), Vec<(usize, &str)>> = BTreeMap::new();
    let mut packages: BTreeSet<&str> = BTreeSet::new();
    let roots: Vec<&str> = golang::FUNCTION_ROOTS
        .iter()
        .copied()
        .chain(tables.go_modules.keys().map(String::as_str))
        .collect();
    for (at, name) in golang::function_names(bytes, &roots, MAX_NAMES) {
        if let Some(package) = golang::package_of(name).filter(|p| {
            golang::is_crypto_package(p)
                || tables.go_modules.keys().any(|m| p.starts_with(m.as_str()))
        }) {
            packages.insert(package);
        }
        if let Some((prefix, algorithm)) = tables.go_function(name) {
            groups
                .entry((algorithm, prefix))
                .or_default()
                .push((at, name));
        }
    }
    let package_list = if packages.is_empty() {
        "no crypto packages in its function table".to_owned()
    } else {
        format!(
            "crypto packages in its function table ({}): {}",
            packages.len(),
            packages.iter().copied().collect::<Vec<_>>().join(", ")
        )
    };
    if let Some(index) = tables.libraries.iter().position(|l| l.id == "go-stdlib") {
        let mut library = report.library(index);
        let context = match &info.go_version {
            Some(version) => {
                library = report.with_version(index, library, version);
                format!(
                    "Go build information: {version}{}; {package_list}",
                    info.path
                        .as_deref()
                        .map(|p| format!(", main module {p}"))
                        .unwrap_or_default()
                )
            }
            None => format!(
                "Go build information in a format older than Go 1.18: version not read; {package_list}"
            ),
        };
        sink.found(
            Asset::library(library),
            Place {
                symbol: info.go_version.clone(),
                context: Some(context),
                ..Place::at_offset(offset)
            },
        );
    }
    for (path, version) in &info.deps {
        let Some(name) = tables.go_modules.get(path) else {
            continue;
        };
        let library = Library {
            id: path.clone(),
            name: name.clone(),
            versions: BTreeSet::from([version.clone()]),
            purl: Some(format!("pkg:golang/{path}")),
            linked_as: None,
            capabilities: BTreeSet::new(),
            provides: BTreeSet::new(),
        };
        sink.found(
            Asset::library(library),
            Place {
                symbol: Some(format!("{path}@{version}")),
                context: Some("Go build information: dependency".to_owned()),
                ..Place::at_offset(offset)
            },
        );
    }
    // One occurrence per algorithm, from its package with the most functions.
    let mut per_algorithm: BTreeMap<&str, Vec<(&str, FunctionList)>> = BTreeMap::new();
    for ((name, prefix), list) in groups {
        per_algorithm.entry(name).or_default().push((prefix, list));
    }
    for (name, packages) in per_algorithm {
        let total: usize = packages.iter().map(|(_, l)| l.len()).sum();
        let Some((prefix, list)) = packages.iter().max_by_key(|(_, l)| l.len()) else {
            continue;
        };
        let (at, first) = list[0];
        let package = golang::package_of(first).unwrap_or(prefix.trim_end_matches('.'));
        sink.found(
            Asset::algorithm(algorithm(report.registry, name)),
            Place {
                symbol: Some(first.to_owned()),
                context: Some(format!(
                    "Go function {first} ({total} function{} of package {package})",
                    if total == 1 { "" } else { "s" }
                )),
                ..Place::at_offset(at)
            },
        );
    }
}

/// Rust: crypto crates from registry source paths (with versions) and from symbols.
fn rust_crates(
    report: &Report<'_>,
    facts: &NativeFacts,
    bytes: &[u8],
    strings: &StringHits,
    sink: &mut Sink<'_>,
) {
    let tables = report.tables;
    let mut seen: BTreeMap<(String, String), (usize, String)> = BTreeMap::new();
    for &(at, marker) in &strings.cargo_paths {
        if let Some((name, version)) = rust::crate_at(bytes, at, marker)
            && tables.crates.contains_key(&name)
        {
            seen.entry((name, version)).or_insert_with(|| {
                // Rust string data is not NUL-separated: cut the path after its file name.
                let mut path = text_at(bytes, at, 160);
                if let Some(end) = path.find(".rs") {
                    path.truncate(end + 3);
                }
                (at, path)
            });
        }
    }
    let is_rust = !strings.cargo_paths.is_empty()
        || facts
            .exports
            .iter()
            .chain(&facts.locals)
            .chain(&facts.imports)
            .any(|s| s.name == "rust_begin_unwind" || s.name == "__rust_alloc");
    let versioned: BTreeSet<&str> = seen.keys().map(|(n, _)| n.as_str()).collect();
    let mut from_symbols: BTreeMap<String, (Option<usize>, String)> = BTreeMap::new();
    if is_rust {
        for symbol in facts.exports.iter().chain(&facts.locals) {
            if let Some(crate_name) = rust::crate_of_symbol(&symbol.name) {
                let name = crate_name.replace('_', "-");
                let name = if tables.crates.contains_key(&name) {
                    name
                } else if tables.crates.contains_key(crate_name) {
                    crate_name.to_owned()
                } else {
                    continue;
                };
                if !versioned.contains(name.as_str()) {
                    from_symbols
                        .entry(name)
                        .or_insert((symbol.offset, symbol.name.clone()));
                }
            }
        }
    }
    let crate_library = |name: &str, version: Option<&str>| Library {
        id: format!("cargo/{name}"),
        name: name.to_owned(),
        versions: version
            .map(|v| BTreeSet::from([v.to_owned()]))
            .unwrap_or_default(),
        purl: Some(format!("pkg:cargo/{name}")),
        linked_as: None,
        capabilities: tables
            .crates
            .get(name)
            .map(|a| a.iter().cloned().collect())
            .unwrap_or_default(),
        provides: BTreeSet::new(),
    };
    for ((name, version), (at, path)) in &seen {
        sink.found(
            Asset::library(crate_library(name, Some(version))),
            Place {
                symbol: Some(format!("{name}-{version}")),
                context: Some(format!("Rust crate source path {path}")),
                ..Place::at_offset(*at)
            },
        );
    }
    for (name, (offset, symbol)) in &from_symbols {
        // A symbol names the crate's library target (`md5` is also the `md-5` package's): no
        // package URL is claimed.
        let mut library = crate_library(name, None);
        library.purl = None;
        sink.found(
            Asset::library(library),
            Place {
                symbol: Some(symbol.clone()),
                context: Some(format!("Rust symbol of crate {name}")),
                ..Place::default().with_offset(*offset)
            },
        );
    }
}

/// DER certificates in the bytes: `SEQUENCE { SEQUENCE { [0] { INTEGER 2 } ...` with two-byte
/// lengths, found by the version field and checked by the certificate parser. Returns the byte
/// ranges of the certificates read.
fn embedded_certificates(
    bytes: &[u8],
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) -> Vec<std::ops::Range<usize>> {
    let mut found = Vec::new();
    const VERSION_3: &[u8] = b"\xa0\x03\x02\x01\x02";
    let mut parsed = 0;
    let mut next_free = 0;
    for at in memmem::find_iter(bytes, VERSION_3) {
        if at < next_free || at < 8 {
            continue;
        }
        let start = at - 8;
        let header = &bytes[start..at];
        if header[0] != 0x30 || header[1] != 0x82 || header[4] != 0x30 || header[5] != 0x82 {
            continue;
        }
        let length = usize::from(u16::from_be_bytes([header[2], header[3]])) + 4;
        let Some(der) = bytes.get(start..start + length) else {
            continue;
        };
        parsed += 1;
        if parsed > MAX_CERTIFICATES {
            break;
        }
        let place = Place {
            context: Some("DER certificate embedded in a binary".to_owned()),
            ..Place::at_offset(start)
        };
        if x509::report_certificate(der, place, context, sink).is_ok() {
            next_free = start + length;
            found.push(start..next_free);
        }
    }
    found
}

/// DER keys in the bytes (SubjectPublicKeyInfo, PKCS#8), found by the DER encoding of their
/// algorithm OID: the AlgorithmIdentifier SEQUENCE two bytes before it, and the key's own SEQUENCE
/// (with a one-, two- or three-byte length header, and PKCS#8's `INTEGER 0` version) before that.
/// Each candidate is handed to the key reader, which accepts only a whole key structure; keys
/// inside certificates already read are skipped (the certificate reported them).
fn embedded_keys(
    bytes: &[u8],
    oids: &[usize],
    certificates: &[std::ops::Range<usize>],
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) {
    let mut next_free = 0;
    for &oid in oids {
        if oid < next_free || certificates.iter().any(|r| r.contains(&oid)) {
            continue;
        }
        let Some(algorithm_id) = oid
            .checked_sub(2)
            .filter(|&at| bytes.get(at) == Some(&0x30))
        else {
            continue;
        };
        // SPKI: the key SEQUENCE's header ends at the AlgorithmIdentifier; PKCS#8: at `02 01 00`.
        let version = algorithm_id
            .checked_sub(3)
            .filter(|&at| bytes.get(at..at + 3) == Some(&[0x02, 0x01, 0x00][..]));
        // The first header that makes a whole key structure is the key.
        'candidates: for end in [Some(algorithm_id), version].into_iter().flatten() {
            for header in 2..=4 {
                let Some(start) = end.checked_sub(header) else {
                    continue;
                };
                let Some(length) = der_length(bytes.get(start..end).unwrap_or_default()) else {
                    continue;
                };
                let Some(element) = bytes.get(start..end + length) else {
                    continue;
                };
                let place = Place {
                    context: Some("DER key embedded in a binary".to_owned()),
                    ..Place::at_offset(start)
                };
                if keys::report_embedded(element, place, context, sink) {
                    next_free = end + length;
                    break 'candidates;
                }
            }
        }
    }
}

/// The content length a complete DER SEQUENCE header gives (`30 LL`, `30 81 LL`, `30 82 LL LL`).
fn der_length(header: &[u8]) -> Option<usize> {
    match *header {
        [0x30, len] if len < 0x80 => Some(usize::from(len)),
        [0x30, 0x81, len] if len >= 0x80 => Some(usize::from(len)),
        [0x30, 0x82, high, low] => Some(usize::from(u16::from_be_bytes([high, low]))),
        _ => None,
    }
}

/// The asset id of a registry algorithm (for tests).
pub fn algorithm_id(registry: &Registry, name: &str) -> AssetId {
    Asset::algorithm(algorithm(registry, name)).id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::testing::run;
    use crate::model::AssetBody;

    fn fixture(name: &str) -> Vec<u8> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/keys")
            .join(name);
        std::fs::read(path).unwrap_or_else(|e| panic!("{name}: {e}"))
    }

    #[test]
    fn der_keys_inside_a_binary_are_read_by_their_algorithm_identifier() {
        // An ELF-looking file with an RSA SPKI, an EC SPKI and an RSA PKCS#8 key in its data
        // (manifest.tsv gives their public-key fingerprints).
        let mut bytes = b"\x7fELF\x02\x01\x01".to_vec();
        bytes.resize(1000, 0x5a);
        let mut offsets = Vec::new();
        for name in ["blob02", "9d81e0", "blob01"] {
            offsets.push(bytes.len());
            bytes.extend(fixture(name));
            bytes.extend_from_slice(&[0xcc; 37]);
        }
        let out = run(&BinaryDetector, "app", &bytes);
        let mut keys: Vec<(u64, String, String)> = out
            .findings
            .iter()
            .filter_map(|f| match &f.asset.body {
                AssetBody::Key(key) => Some((
                    f.occurrence.offset.unwrap_or_default(),
                    key.kind.as_str().to_owned(),
                    key.fingerprint.clone(),
                )),
                _ => None,
            })
            .collect();
        keys.sort();
        let at = |i: usize| u64::try_from(offsets[i]).unwrap_or_default();
        assert_eq!(
            keys,
            [
                (
                    at(0),
                    "public-key".to_owned(),
                    "15b2d6d7f79c77e053cbd54484cdc2b3c1e715f17551326788b937190b821a92".to_owned()
                ),
                (
                    at(1),
                    "public-key".to_owned(),
                    "dc0b194d0ab940544b7411d18106fc8e67726ab4d2bd971e76f27c86da5191b1".to_owned()
                ),
                (
                    at(2),
                    "private-key".to_owned(),
                    "018bde5aa82edd828fcec1e33de74cec73669b1f807810aa713f7d5c5f099d2a".to_owned()
                ),
            ]
        );
    }
}
