//! The binary detector's data: crypto libraries, symbol names, constants and Go/Rust packages, read
//! from the TOML files in `rules/binary/` (embedded at build time) and compiled once into lookup
//! structures (hash maps, prefix maps, two aho-corasick automata).
//!
//! Every algorithm name in these files is a registry name; `tests/integration/registry.rs` checks
//! that each resolves, so no table can invent one.

use std::collections::{BTreeMap, HashMap};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use serde::Deserialize;

/// The embedded data files, by name (for error messages and the registry test).
pub const FILES: [(&str, &str); 4] = [
    (
        "libraries.toml",
        include_str!("../../../rules/binary/libraries.toml"),
    ),
    (
        "symbols.toml",
        include_str!("../../../rules/binary/symbols.toml"),
    ),
    (
        "constants.toml",
        include_str!("../../../rules/binary/constants.toml"),
    ),
    (
        "packages.toml",
        include_str!("../../../rules/binary/packages.toml"),
    ),
];

/// A table file that does not load (a build defect: the files are embedded).
#[derive(Debug, thiserror::Error)]
pub enum TableError {
    /// TOML syntax or shape.
    #[error("rules/binary/{file}: {message}")]
    Parse {
        /// The file.
        file: &'static str,
        /// What is wrong.
        message: String,
    },
    /// A constant that cannot be searched for.
    #[error("rules/binary/constants.toml: constant {id}: {message}")]
    Constant {
        /// The constant's id.
        id: String,
        /// What is wrong.
        message: String,
    },
    /// A symbol table names a library id that libraries.toml does not define.
    #[error("rules/binary/symbols.toml: unknown library id {0}")]
    UnknownLibrary(String),
}

/// One crypto library: how it is linked, how its version shows, what it can do.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LibrarySpec {
    /// Kebab-case id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Upstream project.
    #[serde(default)]
    pub project: Option<String>,
    /// Package URL base (no version).
    #[serde(default)]
    pub purl: Option<String>,
    /// Globs of the names it is linked as (case-insensitive basenames).
    #[serde(default)]
    pub linked: Vec<String>,
    /// Globs of imported symbols that mean the library is used even when not linked by name.
    #[serde(default)]
    pub imports: Vec<String>,
    /// Globs of imports, one of which must be present for a link by name to count.
    #[serde(default)]
    pub requires_import: Vec<String>,
    /// Literal prefixes after which the library's version number follows.
    #[serde(default)]
    pub version_prefix: Vec<String>,
    /// Strings that identify a copy of the library inside another binary.
    #[serde(default)]
    pub markers: Vec<String>,
    /// Libraries this one wins over when both are identified in one file (a fork over OpenSSL).
    #[serde(default)]
    pub supersedes: Vec<String>,
    /// What the library can do, by version.
    #[serde(default)]
    pub capability: Vec<Capability>,
    /// Free-form notes.
    #[serde(default)]
    pub note: Option<String>,
}

/// Algorithms a library implements from a version on.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Capability {
    /// First version (inclusive) that has them.
    pub since: String,
    /// Registry names.
    pub algorithms: Vec<String>,
    /// Where this was checked.
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Deserialize)]
struct LibrariesFile {
    #[serde(default)]
    library: Vec<LibrarySpec>,
}

#[derive(Deserialize)]
struct SymbolsFile {
    #[serde(default)]
    symbols: BTreeMap<String, BTreeMap<String, String>>,
    #[serde(default, rename = "cng-algorithm-ids")]
    cng_algorithm_ids: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConstantSpec {
    id: String,
    description: String,
    algorithm: String,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    bytes: Option<String>,
    #[serde(default)]
    words16: Option<Vec<i64>>,
    #[serde(default)]
    words32: Option<Vec<i64>>,
    #[serde(default)]
    words64: Option<Vec<i128>>,
    #[serde(default)]
    layout: Option<String>,
    #[serde(default)]
    window: Option<usize>,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize)]
struct ConstantsFile {
    #[serde(default)]
    constant: Vec<ConstantSpec>,
}

#[derive(Deserialize)]
struct GoTables {
    #[serde(default)]
    functions: BTreeMap<String, String>,
    #[serde(default)]
    modules: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct CrateSpec {
    #[serde(default)]
    algorithms: Vec<String>,
}

#[derive(Deserialize)]
struct CargoTables {
    #[serde(default)]
    crates: BTreeMap<String, CrateSpec>,
}

#[derive(Deserialize)]
struct PackagesFile {
    #[serde(default)]
    library: Vec<LibrarySpec>,
    go: GoTables,
    cargo: CargoTables,
}

/// How a constant's pieces must appear.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// One contiguous run of bytes.
    Sequence,
    /// Every word within a window, in any order.
    Set {
        /// The window's size in bytes.
        window: usize,
    },
}

/// A constant of a crypto implementation, compiled.
#[derive(Clone, Debug)]
pub struct Constant {
    /// Kebab-case id.
    pub id: String,
    /// What it is.
    pub description: String,
    /// The registry name it supports.
    pub algorithm: String,
    /// How its pieces appear.
    pub layout: Layout,
    /// Number of pieces (words of a set; 1 for a sequence).
    pub pieces: usize,
}

/// A sequence constant as searched: an anchor of at most [`ANCHOR`] bytes from inside it, and the
/// whole pattern checked around each anchor hit.
#[derive(Clone, Debug)]
pub struct SequencePattern {
    /// Index into [`Tables::constants`].
    pub constant: usize,
    /// Byte order of the words (`None` for raw bytes).
    pub big_endian: Option<bool>,
    /// The whole pattern.
    pub bytes: Vec<u8>,
    /// Where the anchor starts inside the pattern.
    pub anchor_at: usize,
}

/// One word of a set constant.
#[derive(Clone, Copy, Debug)]
pub struct SetPattern {
    /// Index into [`Tables::constants`].
    pub constant: usize,
    /// Which word of the set.
    pub piece: usize,
    /// Byte order.
    pub big_endian: bool,
}

/// Bytes searched for with one automaton, each pattern with what it means (several meanings when
/// tables share a pattern, like OpenSSL's libcrypto and libssl version prefix).
///
/// Searches are leftmost-first, which lets the automaton use its vectorised prefilter (about
/// 10 GB/s here, against 0.7 GB/s for overlapping matching). So that no match is hidden by another,
/// the search restarts one byte after each match's start, and at each match every pattern that is
/// a prefix of the matched one, or has it as a prefix, is checked too.
pub struct Needles<M> {
    search: AhoCorasick,
    patterns: Vec<Vec<u8>>,
    meanings: Vec<Vec<M>>,
    /// Per pattern: the other patterns one of which is a prefix of the other.
    related: Vec<Vec<usize>>,
}

impl<M> Needles<M> {
    fn build(entries: Vec<(Vec<u8>, M)>) -> Result<Self, aho_corasick::BuildError> {
        let mut patterns: Vec<Vec<u8>> = Vec::new();
        let mut meanings: Vec<Vec<M>> = Vec::new();
        let mut index: HashMap<Vec<u8>, usize> = HashMap::new();
        for (pattern, meaning) in entries {
            let id = *index.entry(pattern.clone()).or_insert_with(|| {
                patterns.push(pattern);
                meanings.push(Vec::new());
                meanings.len() - 1
            });
            meanings[id].push(meaning);
        }
        let related = patterns
            .iter()
            .enumerate()
            .map(|(i, p)| {
                patterns
                    .iter()
                    .enumerate()
                    .filter(|&(j, q)| j != i && (p.starts_with(q) || q.starts_with(p)))
                    .map(|(j, _)| j)
                    .collect()
            })
            .collect();
        let search = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostFirst)
            .build(&patterns)?;
        Ok(Needles {
            search,
            patterns,
            meanings,
            related,
        })
    }

    /// Calls `found(start, end, meaning)` for every match of every pattern, by start. Nothing is
    /// collected, so memory stays flat however many matches a hostile file holds.
    pub fn for_each<'m>(&'m self, haystack: &[u8], mut found: impl FnMut(usize, usize, &'m M)) {
        let mut from = 0;
        while from < haystack.len() {
            let input = aho_corasick::Input::new(haystack).span(from..haystack.len());
            let Some(hit) = self.search.find(input) else {
                break;
            };
            let id = hit.pattern().as_usize();
            let start = hit.start();
            for pattern in std::iter::once(&id).chain(self.related.get(id).into_iter().flatten()) {
                let bytes = &self.patterns[*pattern];
                if haystack
                    .get(start..)
                    .is_some_and(|rest| rest.starts_with(bytes))
                {
                    for meaning in &self.meanings[*pattern] {
                        found(start, start + bytes.len(), meaning);
                    }
                }
            }
            from = start + 1;
        }
    }
}

/// Values keyed by name prefixes, looked up by the longest prefix of a name: one anchored,
/// leftmost-longest automaton (symbol-name globs, Go function-name prefixes).
pub struct PrefixMap<V> {
    search: AhoCorasick,
    entries: Vec<(String, V)>,
}

impl<V> PrefixMap<V> {
    fn build(
        entries: impl IntoIterator<Item = (String, V)>,
    ) -> Result<Self, aho_corasick::BuildError> {
        let mut entries: Vec<(String, V)> = entries.into_iter().collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let search = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Anchored)
            .build(entries.iter().map(|(prefix, _)| prefix))?;
        Ok(PrefixMap { search, entries })
    }

    /// The entry whose key is the longest prefix of `name`.
    pub fn longest(&self, name: &str) -> Option<(&str, &V)> {
        let input = aho_corasick::Input::new(name).anchored(aho_corasick::Anchored::Yes);
        let found = self.search.find(input)?;
        self.entries
            .get(found.pattern().as_usize())
            .map(|(prefix, value)| (prefix.as_str(), value))
    }

    /// Every entry.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

/// Longest anchor searched for a sequence constant.
pub const ANCHOR: usize = 8;

/// How common a byte is at the start of a search window in executables (zero, all-ones, small
/// values and frequent x86 opcode bytes are common): anchors avoid them so the prefilter stays fast.
fn commonness(byte: u8) -> u32 {
    match byte {
        0x00 => 8,
        0xff => 4,
        0x01..=0x0f | 0x80 => 2,
        0x20 | 0x24 | 0x40 | 0x44 | 0x48 | 0x4c | 0x89 | 0x8b | 0xe8 => 1,
        _ => 0,
    }
}

/// Where in a pattern its anchor starts: the window whose first four bytes are least common, then
/// with the most distinct bytes.
fn anchor_start(pattern: &[u8]) -> usize {
    if pattern.len() <= ANCHOR {
        return 0;
    }
    (0..=pattern.len() - ANCHOR)
        .min_by_key(|&i| {
            let window = &pattern[i..i + ANCHOR];
            let common: u32 = window.iter().take(4).map(|b| commonness(*b)).sum();
            let distinct = window
                .iter()
                .collect::<std::collections::HashSet<_>>()
                .len();
            (common, std::cmp::Reverse(distinct), i)
        })
        .unwrap_or(0)
}

/// What one pattern of the strings automaton is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StringPattern {
    /// A library's version prefix.
    Version(usize),
    /// A library's marker string.
    Marker(usize),
    /// Go build information magic.
    GoBuildInfo,
    /// A Cargo registry source path.
    CargoRegistry,
    /// The DER encoding of a public-key algorithm OID (a key's AlgorithmIdentifier).
    KeyAlgorithm,
}

/// DER-encoded OIDs (tag, length, content) of public-key algorithms: where a SubjectPublicKeyInfo or
/// a PKCS#8 key embedded in a binary has its AlgorithmIdentifier. The NIST arc prefix covers ML-DSA,
/// SLH-DSA (`2.16.840.1.101.3.4.3.*`) and ML-KEM (`...4.4.*`).
pub const KEY_ALGORITHM_OIDS: [&[u8]; 9] = [
    b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01", // rsaEncryption
    b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0a", // RSASSA-PSS
    b"\x06\x07\x2a\x86\x48\xce\x3d\x02\x01",         // id-ecPublicKey
    b"\x06\x07\x2a\x86\x48\xce\x38\x04\x01",         // id-dsa
    b"\x06\x03\x2b\x65\x70",                         // Ed25519
    b"\x06\x03\x2b\x65\x71",                         // Ed448
    b"\x06\x03\x2b\x65\x6e",                         // X25519
    b"\x06\x03\x2b\x65\x6f",                         // X448
    b"\x06\x09\x60\x86\x48\x01\x65\x03\x04",         // NIST algorithms arc
];

/// A symbol name's meaning.
#[derive(Clone, Debug)]
pub struct SymbolMeaning {
    /// Index into [`Tables::libraries`].
    pub library: usize,
    /// Registry name.
    pub algorithm: String,
}

/// Every table, compiled.
pub struct Tables {
    /// Libraries (libraries.toml, then packages.toml).
    pub libraries: Vec<LibrarySpec>,
    exact_symbols: HashMap<String, SymbolMeaning>,
    /// Prefix globs, searched anchored and leftmost-longest: the longest prefix of a name.
    prefix_symbols: PrefixMap<SymbolMeaning>,
    /// First components of the C++ qualified names in the tables (`Botan`, `CryptoPP`).
    cpp_namespaces: std::collections::HashSet<String>,
    /// Windows CNG algorithm identifiers and their registry names.
    pub cng_algorithm_ids: BTreeMap<String, String>,
    /// Constants.
    pub constants: Vec<Constant>,
    /// Anchors of sequence constants.
    pub sequences: Needles<SequencePattern>,
    /// Words of set constants.
    pub set_words: Needles<SetPattern>,
    /// Version strings, markers, Go build information and Cargo registry paths.
    pub strings: Needles<StringPattern>,
    /// Go function-name prefixes and their registry names (longest wins).
    pub go_functions: PrefixMap<String>,
    /// Crypto Go modules and their display names.
    pub go_modules: BTreeMap<String, String>,
    /// Crypto Rust crates and their capabilities.
    pub crates: BTreeMap<String, Vec<String>>,
}

fn parse<'a, T: Deserialize<'a>>(file: &'static str, text: &'a str) -> Result<T, TableError> {
    toml::from_str(text).map_err(|e| TableError::Parse {
        file,
        message: e.to_string(),
    })
}

/// Whether a glob (`*` for any run) matches a name, ignoring ASCII case.
pub fn glob_matches(pattern: &str, name: &str) -> bool {
    let pattern = pattern.as_bytes();
    let name = name.as_bytes();
    // Iterative matcher with one backtrack point (the last `*`): linear in practice.
    let (mut p, mut n) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while n < name.len() {
        match pattern.get(p) {
            Some(b'*') => {
                star = Some((p, n));
                p += 1;
            }
            Some(c) if c.eq_ignore_ascii_case(&name[n]) => {
                p += 1;
                n += 1;
            }
            _ => match star {
                Some((sp, sn)) => {
                    p = sp + 1;
                    n = sn + 1;
                    star = Some((sp, sn + 1));
                }
                None => return false,
            },
        }
    }
    pattern[p..].iter().all(|c| *c == b'*')
}

/// The qualified name of an Itanium-mangled nested C++ name: `_ZN5Botan7AES_1289encrypt_nE...` (and
/// `_ZNK...` for const members) is `Botan::AES_128::encrypt_n`. Only the leading source names are
/// read (enough for prefix matching); anything else is `None`.
pub fn itanium_qualified_name(symbol: &str) -> Option<String> {
    let mut rest = symbol.strip_prefix("_ZN")?.as_bytes();
    while let Some((b'K' | b'V' | b'r', tail)) = rest.split_first() {
        rest = tail;
    }
    let mut parts: Vec<&str> = Vec::new();
    while rest.first().is_some_and(u8::is_ascii_digit) {
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        let len: usize = std::str::from_utf8(&rest[..digits]).ok()?.parse().ok()?;
        let end = digits.checked_add(len)?;
        parts.push(std::str::from_utf8(rest.get(digits..end)?).ok()?);
        rest = &rest[end..];
    }
    (parts.len() >= 2).then(|| parts.join("::"))
}

/// The first source name of an Itanium-mangled nested name (`_ZN5Botan...` -> `Botan`).
fn itanium_first_component(symbol: &str) -> Option<&str> {
    let rest = symbol
        .strip_prefix("_ZN")?
        .trim_start_matches(['K', 'V', 'r']);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let len: usize = rest.get(..digits)?.parse().ok()?;
    rest.get(digits..digits.checked_add(len)?)
}

/// Version strings compared part by part, numbers numerically (`3.10.0` > `3.9.1`; `1.1.1w` >
/// `1.1.1`).
pub fn version_at_least(version: &str, since: &str) -> bool {
    fn parts(v: &str) -> Vec<(u64, String)> {
        v.trim_start_matches(['v', 'g', 'o'])
            .split(['.', '-', '+'])
            .map(|part| {
                let digits: String = part.chars().take_while(char::is_ascii_digit).collect();
                let rest = part[digits.len()..].to_owned();
                (digits.parse().unwrap_or(0), rest)
            })
            .collect()
    }
    let (a, b) = (parts(version), parts(since));
    for i in 0..a.len().max(b.len()) {
        let x = a.get(i).cloned().unwrap_or((0, String::new()));
        let y = b.get(i).cloned().unwrap_or((0, String::new()));
        if x != y {
            return x > y;
        }
    }
    true
}

fn words_to_bytes(words: &[i128], width: usize, big_endian: bool) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(words.len() * width);
    let bits = u32::try_from(width * 8).ok()?;
    for &word in words {
        let min = -(1i128 << (bits - 1));
        let max = (1i128 << bits) - 1;
        if word < min || word > max {
            return None;
        }
        let unsigned = (word as u128) & ((1u128 << bits) - 1);
        let bytes = unsigned.to_le_bytes();
        let mut piece = bytes.get(..width)?.to_vec();
        if big_endian {
            piece.reverse();
        }
        out.extend(piece);
    }
    Some(out)
}

impl Tables {
    /// The built-in tables, loaded once.
    pub fn builtin() -> Result<&'static Tables, &'static TableError> {
        static TABLES: std::sync::OnceLock<Result<Tables, TableError>> = std::sync::OnceLock::new();
        TABLES.get_or_init(Tables::load).as_ref()
    }

    fn load() -> Result<Tables, TableError> {
        let [libraries, symbols, constants, packages] = FILES;
        let mut library_file: LibrariesFile = parse(libraries.0, libraries.1)?;
        let symbol_file: SymbolsFile = parse(symbols.0, symbols.1)?;
        let constant_file: ConstantsFile = parse(constants.0, constants.1)?;
        let package_file: PackagesFile = parse(packages.0, packages.1)?;
        library_file.library.extend(package_file.library);
        let libraries = library_file.library;
        let index: HashMap<&str, usize> = libraries
            .iter()
            .enumerate()
            .map(|(i, l)| (l.id.as_str(), i))
            .collect();

        let mut exact_symbols = HashMap::new();
        let mut prefix_symbols = HashMap::new();
        for (library, table) in &symbol_file.symbols {
            let library = *index
                .get(library.as_str())
                .ok_or_else(|| TableError::UnknownLibrary(library.clone()))?;
            for (symbol, algorithm) in table {
                let meaning = SymbolMeaning {
                    library,
                    algorithm: algorithm.clone(),
                };
                match symbol.strip_suffix('*') {
                    Some(prefix) => prefix_symbols.insert(prefix.to_owned(), meaning),
                    None => exact_symbols.insert(symbol.clone(), meaning),
                };
            }
        }
        let cpp_namespaces: std::collections::HashSet<String> = prefix_symbols
            .keys()
            .chain(exact_symbols.keys())
            .filter_map(|key| key.split_once("::").map(|(first, _)| first.to_owned()))
            .collect();
        let prefix_symbols = PrefixMap::build(prefix_symbols).map_err(|e| TableError::Parse {
            file: "symbols.toml",
            message: e.to_string(),
        })?;

        let mut constants = Vec::new();
        let mut sequences: Vec<(Vec<u8>, SequencePattern)> = Vec::new();
        let mut set_words: Vec<(Vec<u8>, SetPattern)> = Vec::new();
        for spec in constant_file.constant {
            let fail = |message: &str| TableError::Constant {
                id: spec.id.clone(),
                message: message.to_owned(),
            };
            let (words, width): (Option<Vec<i128>>, usize) =
                match (&spec.words16, &spec.words32, &spec.words64) {
                    (Some(w), None, None) => (Some(w.iter().map(|&x| i128::from(x)).collect()), 2),
                    (None, Some(w), None) => (Some(w.iter().map(|&x| i128::from(x)).collect()), 4),
                    (None, None, Some(w)) => (Some(w.clone()), 8),
                    (None, None, None) => (None, 1),
                    _ => return Err(fail("more than one word array")),
                };
            let layout = match (spec.layout.as_deref(), spec.window) {
                (None | Some("sequence"), None) => Layout::Sequence,
                (Some("set"), Some(window)) => Layout::Set { window },
                _ => return Err(fail("layout must be sequence, or set with a window")),
            };
            let number = constants.len();
            let mut sequence = |bytes: Vec<u8>, big_endian: Option<bool>| {
                let anchor_at = anchor_start(&bytes);
                let anchor = bytes[anchor_at..(anchor_at + ANCHOR).min(bytes.len())].to_vec();
                sequences.push((
                    anchor,
                    SequencePattern {
                        constant: number,
                        big_endian,
                        bytes,
                        anchor_at,
                    },
                ));
            };
            let pieces = match (&spec.bytes, words, layout) {
                (Some(hex_text), None, Layout::Sequence) => {
                    let bytes = hex::decode(hex_text.replace([' ', '\n'], ""))
                        .map_err(|e| fail(&format!("bytes: {e}")))?;
                    if bytes.len() < 16 {
                        return Err(fail("a byte sequence needs at least 16 bytes"));
                    }
                    sequence(bytes, None);
                    1
                }
                (None, Some(words), Layout::Sequence) => {
                    for big_endian in [false, true] {
                        let bytes = words_to_bytes(&words, width, big_endian)
                            .ok_or_else(|| fail("a word does not fit its width"))?;
                        if bytes.len() < 16 {
                            return Err(fail("a word sequence needs at least 16 bytes"));
                        }
                        sequence(bytes, Some(big_endian));
                    }
                    1
                }
                (None, Some(words), Layout::Set { .. }) => {
                    if width < 4 || words.len() < 4 {
                        return Err(fail("a set needs at least four words of 4 bytes or more"));
                    }
                    for (piece, word) in words.iter().enumerate() {
                        for big_endian in [false, true] {
                            let bytes = words_to_bytes(&[*word], width, big_endian)
                                .ok_or_else(|| fail("a word does not fit its width"))?;
                            set_words.push((
                                bytes,
                                SetPattern {
                                    constant: number,
                                    piece,
                                    big_endian,
                                },
                            ));
                        }
                    }
                    words.len()
                }
                _ => return Err(fail("give bytes (sequence only) or one word array")),
            };
            let _ = (&spec.source, &spec.note);
            constants.push(Constant {
                id: spec.id,
                description: spec.description,
                algorithm: spec.algorithm,
                layout,
                pieces,
            });
        }
        let automaton = |e: aho_corasick::BuildError| TableError::Constant {
            id: "(all)".to_owned(),
            message: e.to_string(),
        };
        let sequences = Needles::build(sequences).map_err(automaton)?;
        let set_words = Needles::build(set_words).map_err(automaton)?;

        let mut strings: Vec<(Vec<u8>, StringPattern)> = Vec::new();
        for (i, library) in libraries.iter().enumerate() {
            for prefix in &library.version_prefix {
                strings.push((prefix.as_bytes().to_vec(), StringPattern::Version(i)));
            }
            for marker in &library.markers {
                strings.push((marker.as_bytes().to_vec(), StringPattern::Marker(i)));
            }
        }
        strings.push((
            super::golang::BUILD_INFO_MAGIC.to_vec(),
            StringPattern::GoBuildInfo,
        ));
        for marker in super::rust::REGISTRY_MARKERS {
            strings.push((marker.to_vec(), StringPattern::CargoRegistry));
        }
        for oid in KEY_ALGORITHM_OIDS {
            strings.push((oid.to_vec(), StringPattern::KeyAlgorithm));
        }
        let strings = Needles::build(strings).map_err(|e| TableError::Parse {
            file: "libraries.toml",
            message: e.to_string(),
        })?;

        Ok(Tables {
            libraries,
            exact_symbols,
            prefix_symbols,
            cpp_namespaces,
            cng_algorithm_ids: symbol_file.cng_algorithm_ids,
            constants,
            sequences,
            set_words,
            strings,
            go_functions: PrefixMap::build(package_file.go.functions).map_err(|e| {
                TableError::Parse {
                    file: "packages.toml",
                    message: e.to_string(),
                }
            })?,
            go_modules: package_file.go.modules,
            crates: package_file
                .cargo
                .crates
                .into_iter()
                .map(|(name, spec)| (name, spec.algorithms))
                .collect(),
        })
    }

    /// What a symbol name says: the exact entry, else the longest prefix entry. Itanium-mangled C++
    /// names (`_ZN5Botan7AES_1289encrypt_n...`) are matched by their qualified name
    /// (`Botan::AES_128::encrypt_n`).
    pub fn symbol(&self, name: &str) -> Option<&SymbolMeaning> {
        if let Some(meaning) = self.exact_symbols.get(name) {
            return Some(meaning);
        }
        if name.starts_with("_ZN") {
            // Only names in a namespace the tables know are worth qualifying.
            let known = itanium_first_component(name)
                .is_some_and(|first| self.cpp_namespaces.contains(first));
            return match known.then(|| itanium_qualified_name(name)).flatten() {
                Some(qualified) => self.prefixed(&qualified),
                None => None,
            };
        }
        self.prefixed(name)
    }

    fn prefixed(&self, name: &str) -> Option<&SymbolMeaning> {
        self.prefix_symbols
            .longest(name)
            .map(|(_, meaning)| meaning)
    }

    /// The libraries a linked name (basename) belongs to.
    pub fn libraries_linked_as(&self, basename: &str) -> impl Iterator<Item = usize> + '_ {
        let basename = basename.to_owned();
        self.libraries
            .iter()
            .enumerate()
            .filter(move |(_, l)| l.linked.iter().any(|g| glob_matches(g, &basename)))
            .map(|(i, _)| i)
    }

    /// The capabilities of a library at a version.
    pub fn capabilities(&self, library: usize, version: &str) -> Vec<String> {
        self.libraries
            .get(library)
            .map(|l| {
                l.capability
                    .iter()
                    .filter(|c| version_at_least(version, &c.since))
                    .flat_map(|c| c.algorithms.iter().cloned())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The Go function-name prefix entry for a function (longest wins), `vendor/` ignored.
    pub fn go_function(&self, name: &str) -> Option<(&str, &str)> {
        let name = name.strip_prefix("vendor/").unwrap_or(name);
        self.go_functions
            .longest(name)
            .map(|(prefix, algorithm)| (prefix, algorithm.as_str()))
    }

    /// Every algorithm name the tables use, with where it is used (for the registry test).
    pub fn algorithm_names(&self) -> Vec<(String, String)> {
        let mut names = Vec::new();
        for library in &self.libraries {
            for capability in &library.capability {
                for name in &capability.algorithms {
                    names.push((format!("library {}", library.id), name.clone()));
                }
            }
        }
        for (symbol, meaning) in self.exact_symbols.iter().chain(self.prefix_symbols.iter()) {
            names.push((format!("symbol {symbol}"), meaning.algorithm.clone()));
        }
        for (id, name) in &self.cng_algorithm_ids {
            names.push((format!("CNG id {id}"), name.clone()));
        }
        for constant in &self.constants {
            names.push((
                format!("constant {}", constant.id),
                constant.algorithm.clone(),
            ));
        }
        for (prefix, name) in self.go_functions.iter() {
            names.push((format!("Go function {prefix}"), name.clone()));
        }
        for (name, algorithms) in &self.crates {
            for algorithm in algorithms {
                names.push((format!("crate {name}"), algorithm.clone()));
            }
        }
        names.sort();
        names
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_case_insensitively() {
        assert!(glob_matches("libcrypto.so*", "libcrypto.so.3"));
        assert!(glob_matches("libcrypto-*.dll", "LIBCRYPTO-3-X64.DLL"));
        assert!(glob_matches("*crypt*", "libgcrypt.so.20"));
        assert!(!glob_matches("libcrypto.so*", "libcrypto++.so.8"));
        assert!(!glob_matches("bcrypt.dll", "bcryptprimitives.dll"));
    }

    #[test]
    fn itanium_names_give_their_qualified_prefix() {
        assert_eq!(
            itanium_qualified_name("_ZN5Botan7AES_1289encrypt_nEPKhPhm").as_deref(),
            Some("Botan::AES_128::encrypt_n")
        );
        assert_eq!(
            itanium_qualified_name("_ZNK8CryptoPP8Rijndael4Base21AdvancedProcessBlocksEv")
                .as_deref(),
            Some("CryptoPP::Rijndael::Base::AdvancedProcessBlocks")
        );
        assert_eq!(itanium_qualified_name("_ZN4ring"), None);
        assert_eq!(itanium_qualified_name("EVP_sha1"), None);
    }

    #[test]
    fn versions_compare_numerically() {
        assert!(version_at_least("3.10.0", "3.9.1"));
        assert!(version_at_least("go1.24.1", "1.24"));
        assert!(!version_at_least("go1.19.8", "1.20"));
        assert!(version_at_least("1.1.1w", "1.1.1"));
        assert!(!version_at_least("3.0.17", "3.5.0"));
    }

    #[test]
    fn tables_load() {
        let tables = Tables::builtin().unwrap_or_else(|e| panic!("{e}"));
        assert!(!tables.libraries.is_empty());
        assert_eq!(
            tables.go_function("crypto/sha256.Sum224"),
            Some(("crypto/sha256.Sum224", "SHA-224"))
        );
        assert_eq!(
            tables.go_function("vendor/golang.org/x/crypto/chacha20poly1305.New"),
            Some(("golang.org/x/crypto/chacha20poly1305.", "ChaCha20-Poly1305"))
        );
        assert_eq!(
            tables.go_function("crypto/sha256.(*digest).Write"),
            Some(("crypto/sha256.", "SHA-256"))
        );
        assert_eq!(tables.go_function("crypto/x509.ParseCertificate"), None);
    }
}
