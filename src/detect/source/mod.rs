//! Crypto API calls in source code, found with tree-sitter and rules kept as data in `rules/`.
//!
//! For each file whose extension (or shebang) names a language, a cheap aho-corasick prefilter over
//! the rules' words decides whether the file is worth parsing at all. A file that passes is parsed
//! (with a size cap and a time budget), its calls, constants, imports and references are gathered by
//! the language's `language.scm` query ([`facts`]), and every rule is applied: the algorithm is named
//! from a fixed name or from a value in the code read in a given format, parameters (key size, curve,
//! mode, hash, iterations) are read and resolved through constants of the same file, and the result is
//! named through the registry. What cannot be resolved is reported as unknown with its expression.
//! Modifier rules (`kpg.initialize(2048)`) complete the finding held by their receiver variable.

pub mod annotations;
mod facts;

use std::collections::HashMap;
use std::ops::ControlFlow;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use aho_corasick::AhoCorasick;
use streaming_iterator::StreamingIterator;
use tree_sitter::{
    Language, Node, ParseOptions, Parser, Query, QueryCursor, QueryCursorOptions, QueryCursorState,
};

use self::facts::{Call, Captures, Facts, Value, last_segment, normalise_path, text};
use super::{Context, Detector, Input, Place, Sink, jca};
use crate::model::{Algorithm, Asset, DiagnosticKind, Primitive};
use crate::registry::Registry;
use crate::rules::{AlgorithmSpec, Format, Rule, RuleError, RuleSet, ValueSpec, ValueSpecs};
use crate::sniff::{FileKind, Sniff};

/// Source files larger than this are not parsed (minified bundles, generated code).
pub const MAX_SOURCE_BYTES: usize = 4 * 1024 * 1024;
/// Longest the analysis of one file may take: parse, queries and rules together. A hostile or
/// pathological file (error recovery on garbage, giant generated tables) stops there with a
/// diagnostic; what was found before is kept.
const ANALYSIS_BUDGET: Duration = Duration::from_secs(5);
/// In-progress match limit for tree-sitter queries (bounds memory on pathological files).
const MATCH_LIMIT: u32 = 4096;
/// The name of an algorithm the code names with a value that cannot be resolved (the expression is
/// in the occurrence's context).
pub const UNKNOWN_ALGORITHM: &str = "unknown";
/// How far around a node its line's ends are looked for.
const LINE_WINDOW: usize = 4096;
/// Longest code line kept as context.
const CONTEXT_LIMIT: usize = 160;

/// A language the detector reads.
struct LanguageSpec {
    /// Its folder under `rules/` and its name in output.
    name: &'static str,
    /// Other folders whose rules apply too (C rules in C++, JavaScript rules in TypeScript).
    shares: &'static [&'static str],
    /// File extensions (lowercase, without the dot).
    extensions: &'static [&'static str],
    /// Interpreters named on a shebang line.
    interpreters: &'static [&'static str],
    /// The grammar.
    grammar: fn() -> Language,
}

/// Every language, with the file extensions that select it.
const LANGUAGE_SPECS: &[LanguageSpec] = &[
    LanguageSpec {
        name: "c",
        shares: &[],
        extensions: &["c", "h"],
        interpreters: &[],
        grammar: || tree_sitter_c::LANGUAGE.into(),
    },
    LanguageSpec {
        name: "cpp",
        shares: &["c"],
        extensions: &["cc", "cpp", "cxx", "c++", "hh", "hpp", "hxx", "ipp", "inl"],
        interpreters: &[],
        grammar: || tree_sitter_cpp::LANGUAGE.into(),
    },
    LanguageSpec {
        name: "csharp",
        shares: &[],
        extensions: &["cs"],
        interpreters: &[],
        grammar: || tree_sitter_c_sharp::LANGUAGE.into(),
    },
    LanguageSpec {
        name: "go",
        shares: &[],
        extensions: &["go"],
        interpreters: &[],
        grammar: || tree_sitter_go::LANGUAGE.into(),
    },
    LanguageSpec {
        name: "java",
        shares: &[],
        extensions: &["java"],
        interpreters: &[],
        grammar: || tree_sitter_java::LANGUAGE.into(),
    },
    LanguageSpec {
        name: "javascript",
        shares: &[],
        extensions: &["js", "mjs", "cjs", "jsx"],
        interpreters: &["node", "nodejs"],
        grammar: || tree_sitter_javascript::LANGUAGE.into(),
    },
    LanguageSpec {
        name: "python",
        shares: &[],
        extensions: &["py", "pyw", "pyi"],
        interpreters: &["python", "python2", "python3"],
        grammar: || tree_sitter_python::LANGUAGE.into(),
    },
    LanguageSpec {
        name: "rust",
        shares: &[],
        extensions: &["rs"],
        interpreters: &[],
        grammar: || tree_sitter_rust::LANGUAGE.into(),
    },
    LanguageSpec {
        name: "typescript",
        shares: &["javascript"],
        extensions: &["ts", "mts", "cts"],
        interpreters: &[],
        grammar: || tree_sitter_typescript::LANGUAGE_TYPESCRIPT.into(),
    },
    LanguageSpec {
        name: "tsx",
        shares: &["javascript", "typescript"],
        extensions: &["tsx"],
        interpreters: &[],
        grammar: || tree_sitter_typescript::LANGUAGE_TSX.into(),
    },
];

/// A callee or reference pattern, split into segments; anchored patterns (`^random.randint`) must
/// match the whole path, the others its last segments.
#[derive(Debug)]
struct Pattern {
    segments: Vec<String>,
    anchored: bool,
}

impl Pattern {
    fn new(text: &str) -> Self {
        // Written like a callee, but a `*` is kept: it is the pattern's wildcard.
        let trimmed = text.trim();
        let (anchored, path) = match trimmed.strip_prefix('^') {
            Some(rest) => (true, rest),
            None => (false, trimmed),
        };
        let path = path.replace("::", ".").replace("->", ".");
        Pattern {
            segments: path
                .split(['.', '/'])
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
            anchored,
        }
    }

    /// Whether a dotted path ends with this pattern (or is it, when anchored), segment by segment;
    /// a segment ending in `*` matches any segment with that prefix.
    #[cfg(test)]
    fn matches(&self, path: &str) -> bool {
        self.matches_segments(&split_path(path))
    }

    /// [`Self::matches`] on a path already split.
    fn matches_segments(&self, segments: &[&str]) -> bool {
        if segments.len() < self.segments.len()
            || (self.anchored && segments.len() != self.segments.len())
        {
            return false;
        }
        let tail = segments.iter().skip(segments.len() - self.segments.len());
        tail.zip(&self.segments)
            .all(|(segment, pattern)| match pattern.strip_suffix('*') {
                Some(prefix) => segment.starts_with(prefix),
                None => segment == pattern,
            })
    }
}

/// A dotted (or `/`-separated) path split into its segments.
fn split_path(path: &str) -> Vec<&str> {
    path.split(['.', '/']).filter(|s| !s.is_empty()).collect()
}

/// The rules whose patterns may match a path ending in `last`: those indexed under it and the
/// wildcard ones, in rule order.
fn candidates(
    by_name: &HashMap<String, Vec<usize>>,
    wildcards: &[usize],
    last: Option<&str>,
) -> Vec<usize> {
    let mut indices: Vec<usize> = wildcards.to_vec();
    if let Some(found) = last.and_then(|l| by_name.get(l)) {
        indices.extend(found);
    }
    indices.sort_unstable();
    indices.dedup();
    indices
}

/// A rule ready to run against one language.
struct CompiledRule {
    rule: Rule,
    calls: Vec<Pattern>,
    references: Vec<Pattern>,
    query: Option<(Query, u32)>,
}

/// Everything needed to read one language, compiled the first time a file of it passes the
/// prefilter (query compilation is most of the start-up cost, and a scan with no Rust files never
/// pays for Rust).
struct Engine {
    query: Query,
    captures: Captures,
    rules: Vec<CompiledRule>,
    /// Call patterns by their last segment (rule index, pattern index); patterns whose last segment
    /// has a wildcard are in `wildcard_calls`.
    calls_by_name: HashMap<String, Vec<usize>>,
    wildcard_calls: Vec<usize>,
    references_by_name: HashMap<String, Vec<usize>>,
    wildcard_references: Vec<usize>,
}

/// One language: its grammar, its rules as data, the prefilter, and the engine once compiled.
struct LanguageEntry {
    spec: &'static LanguageSpec,
    language: Language,
    /// The folder whose `language.scm` this language uses.
    own: &'static str,
    query_source: String,
    rules: Vec<Rule>,
    prefilter: Option<AhoCorasick>,
    /// The rule each prefilter word belongs to.
    word_rules: Vec<usize>,
    engine: OnceLock<Result<Engine, String>>,
}

/// The source-code detector.
pub struct SourceDetector {
    languages: Vec<LanguageEntry>,
}

fn compile(language: &Language, source: &str, what: &str) -> Result<Query, RuleError> {
    Query::new(language, source).map_err(|e| RuleError::Invalid {
        path: what.to_owned(),
        message: format!("query does not compile: {e}"),
    })
}

/// The last segment of a pattern, the key it is indexed by (`None` for a wildcard one).
fn index_key(pattern: &Pattern) -> Option<&str> {
    let last = pattern.segments.last()?;
    (!last.contains('*')).then_some(last.as_str())
}

impl LanguageEntry {
    /// Compiles the language query and every rule query, and indexes the patterns.
    fn compile(&self) -> Result<Engine, RuleError> {
        let language = &self.language;
        let query = compile(
            language,
            &self.query_source,
            &format!("{}/language.scm", self.own),
        )?;
        let captures = Captures::of(&query);
        let mut rules = Vec::new();
        for rule in &self.rules {
            let query = match &rule.query_source {
                Some(source) => {
                    let what = format!("{}/{}", rule.language, rule.id);
                    let query = compile(language, source, &what)?;
                    let index = query.capture_index_for_name("match").ok_or_else(|| {
                        RuleError::Invalid {
                            path: what.clone(),
                            message: "a rule query needs a @match capture".to_owned(),
                        }
                    })?;
                    Some((query, index))
                }
                None => None,
            };
            rules.push(CompiledRule {
                rule: rule.clone(),
                calls: rule.pattern.calls.iter().map(|c| Pattern::new(c)).collect(),
                references: rule
                    .pattern
                    .references
                    .iter()
                    .map(|c| Pattern::new(c))
                    .collect(),
                query,
            });
        }
        let mut calls_by_name: HashMap<String, Vec<usize>> = HashMap::new();
        let mut wildcard_calls = Vec::new();
        let mut references_by_name: HashMap<String, Vec<usize>> = HashMap::new();
        let mut wildcard_references = Vec::new();
        for (index, compiled) in rules.iter().enumerate() {
            for pattern in &compiled.calls {
                match index_key(pattern) {
                    Some(key) => calls_by_name.entry(key.to_owned()).or_default().push(index),
                    None => wildcard_calls.push(index),
                }
            }
            for pattern in &compiled.references {
                match index_key(pattern) {
                    Some(key) => references_by_name
                        .entry(key.to_owned())
                        .or_default()
                        .push(index),
                    None => wildcard_references.push(index),
                }
            }
        }
        for list in calls_by_name
            .values_mut()
            .chain(references_by_name.values_mut())
        {
            list.dedup();
        }
        wildcard_calls.dedup();
        wildcard_references.dedup();
        Ok(Engine {
            query,
            captures,
            rules,
            calls_by_name,
            wildcard_calls,
            references_by_name,
            wildcard_references,
        })
    }

    /// The compiled engine (compiled on first use; a compile error is kept and reported per file).
    fn engine(&self) -> Result<&Engine, &str> {
        self.engine
            .get_or_init(|| self.compile().map_err(|e| e.to_string()))
            .as_ref()
            .map_err(String::as_str)
    }
}

impl SourceDetector {
    /// Prepares every language: its rules (own and shared), `after` references checked, and the
    /// prefilter. Queries are compiled on first use, or all at once by [`Self::compile_all`].
    pub fn new(rules: &RuleSet) -> Result<Self, RuleError> {
        let mut languages = Vec::new();
        for spec in LANGUAGE_SPECS {
            let own = if spec.name == "tsx" {
                "typescript"
            } else {
                spec.name
            };
            let Some(source) = rules.language_queries.get(own) else {
                continue;
            };
            let mine: Vec<Rule> = std::iter::once(own)
                .chain(spec.shares.iter().copied())
                .flat_map(|folder| rules.rules.get(folder).into_iter().flatten().cloned())
                .collect();
            for modifier in mine.iter().filter(|r| r.modifies.is_some()) {
                for target in &modifier.after {
                    if !mine.iter().any(|r| r.id == *target && r.modifies.is_none()) {
                        return Err(RuleError::Invalid {
                            path: format!("{}/{}", modifier.language, modifier.id),
                            message: format!("`after` names {target}, not a rule of this language"),
                        });
                    }
                }
            }
            let mut words: Vec<String> = Vec::new();
            let mut word_rules: Vec<usize> = Vec::new();
            for (index, rule) in mine.iter().enumerate() {
                for word in rule.prefilter_words() {
                    words.push(word);
                    word_rules.push(index);
                }
            }
            let prefilter = (!words.is_empty())
                .then(|| AhoCorasick::new(&words).ok())
                .flatten();
            languages.push(LanguageEntry {
                spec,
                language: (spec.grammar)(),
                own,
                query_source: source.clone(),
                rules: mine,
                prefilter,
                word_rules,
                engine: OnceLock::new(),
            });
        }
        Ok(SourceDetector { languages })
    }

    /// Compiles every language's query and rule queries now, returning the first error (the rule
    /// tests, and `--rules` folders, whose mistakes must stop the run before it starts).
    pub fn compile_all(&self) -> Result<(), RuleError> {
        self.compile_languages(&[])
    }

    /// Compiles the languages whose rule folders are named (all when `folders` is empty).
    pub fn compile_languages(&self, folders: &[String]) -> Result<(), RuleError> {
        for entry in &self.languages {
            let touched = folders.is_empty()
                || folders
                    .iter()
                    .any(|f| f == entry.own || entry.spec.shares.contains(&f.as_str()));
            if !touched {
                continue;
            }
            let engine = entry.compile()?;
            // Keep it: the scan will not compile it again.
            let _ = entry.engine.set(Ok(engine));
        }
        Ok(())
    }

    /// The syntax tree of a file, as an S-expression with node kinds and field names (for rule
    /// authors: `cryptoscope rules tree FILE`); `None` for a file of no known language.
    pub fn syntax_tree(&self, location: &str, bytes: &[u8]) -> Option<String> {
        let entry = self.language_for(location, bytes)?;
        let mut parser = Parser::new();
        parser.set_language(&entry.language).ok()?;
        let tree = parser.parse(bytes, None)?;
        Some(tree.root_node().to_sexp())
    }

    /// The language of a file, by extension or shebang.
    fn language_for(&self, location: &str, bytes: &[u8]) -> Option<&LanguageEntry> {
        let name = location.rsplit('/').next().unwrap_or(location);
        let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
        if let Some(extension) = extension
            && let Some(entry) = self
                .languages
                .iter()
                .find(|e| e.spec.extensions.contains(&extension.as_str()))
        {
            return Some(entry);
        }
        let first_line = bytes.split(|b| *b == b'\n').next()?;
        let shebang = std::str::from_utf8(first_line.strip_prefix(b"#!")?).ok()?;
        let interpreter = shebang
            .split_whitespace()
            .map(|word| word.rsplit('/').next().unwrap_or(word))
            .find(|word| *word != "env")?;
        let interpreter = interpreter.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        self.languages.iter().find(|e| {
            e.spec
                .interpreters
                .iter()
                .any(|i| i.trim_end_matches(|c: char| c.is_ascii_digit()) == interpreter)
        })
    }
}

impl Detector for SourceDetector {
    fn id(&self) -> &'static str {
        "source"
    }

    fn wants(&self, sniff: &Sniff) -> bool {
        matches!(sniff.kind, FileKind::Text | FileKind::Script)
    }

    fn detect(&self, input: &Input<'_>, context: &Context<'_>, sink: &mut Sink<'_>) {
        let Some(entry) = self.language_for(input.location, input.bytes) else {
            return;
        };
        // The rules whose words occur in the file; a file with none is never parsed, and a rule
        // without its words never runs (its own query would walk the whole tree for nothing).
        let Some(prefilter) = &entry.prefilter else {
            return;
        };
        let mut enabled = vec![false; entry.rules.len()];
        for found in prefilter.find_overlapping_iter(input.bytes) {
            if let Some(rule) = entry.word_rules.get(found.pattern().as_usize())
                && let Some(slot) = enabled.get_mut(*rule)
            {
                *slot = true;
            }
        }
        if !enabled.contains(&true) {
            return;
        }
        let name = entry.spec.name;
        if input.bytes.len() > MAX_SOURCE_BYTES {
            sink.diagnostic(
                DiagnosticKind::Unsupported,
                format!(
                    "{name} source of {} bytes is over the {MAX_SOURCE_BYTES}-byte parse limit; not parsed",
                    input.bytes.len()
                ),
            );
            return;
        }
        let engine = match entry.engine() {
            Ok(engine) => engine,
            Err(message) => {
                sink.diagnostic(
                    DiagnosticKind::Unsupported,
                    format!("{name} rules do not compile: {message}"),
                );
                return;
            }
        };
        let mut parser = Parser::new();
        if parser.set_language(&entry.language).is_err() {
            return;
        }
        let deadline = Instant::now() + ANALYSIS_BUDGET;
        let mut progress = |_: &tree_sitter::ParseState| {
            if Instant::now() > deadline {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        };
        let options = ParseOptions::new().progress_callback(&mut progress);
        let bytes = input.bytes;
        let tree = parser.parse_with_options(
            &mut |offset, _| bytes.get(offset..).unwrap_or_default(),
            None,
            Some(options),
        );
        let Some(tree) = tree else {
            sink.diagnostic(
                DiagnosticKind::Unsupported,
                format!(
                    "{name} source took over {} s to parse; skipped",
                    ANALYSIS_BUDGET.as_secs()
                ),
            );
            return;
        };
        let over_budget = |sink: &mut Sink<'_>, stage: &str| {
            sink.diagnostic(
                DiagnosticKind::Unsupported,
                format!(
                    "{name} source: analysis stopped after {} s ({stage}); findings before that are kept",
                    ANALYSIS_BUDGET.as_secs()
                ),
            );
        };
        let Some(facts) = Facts::gather(
            &engine.query,
            engine.captures,
            &tree,
            bytes,
            MATCH_LIMIT,
            deadline,
        ) else {
            over_budget(sink, "gathering calls and constants");
            return;
        };
        let mut run = Run {
            engine,
            facts: &facts,
            registry: context.registry,
            findings: Vec::new(),
            echoes: Vec::new(),
            enabled: &enabled,
            deadline,
            timed_out: false,
        };
        run.apply_rules(&tree);
        if run.timed_out {
            over_budget(sink, "applying the rules");
        }
        for index in 0..run.findings.len() {
            if let Some((algorithm, place)) = run.report(index) {
                sink.found(Asset::algorithm(algorithm), place);
            }
        }
        for (index, node, symbol) in &run.echoes {
            if let Some((algorithm, place)) = run.report_at(*index, *node, symbol) {
                sink.found(Asset::algorithm(algorithm), place);
            }
        }
    }
}

/// What a rule matched, that its values are read from.
#[derive(Clone, Copy)]
enum Matched<'a, 't> {
    /// A call (or constructor).
    Call(&'a Call<'t>),
    /// A reference, qualified through the imports.
    Reference(&'a str),
    /// The captures of the rule's own query.
    Query(&'a HashMap<String, Node<'t>>),
}

impl<'a, 't> Matched<'a, 't> {
    fn call(self) -> Option<&'a Call<'t>> {
        match self {
            Matched::Call(call) => Some(call),
            _ => None,
        }
    }

    fn reference(self) -> Option<&'a str> {
        match self {
            Matched::Reference(reference) => Some(reference),
            _ => None,
        }
    }

    fn captures(self) -> Option<&'a HashMap<String, Node<'t>>> {
        match self {
            Matched::Query(captures) => Some(captures),
            _ => None,
        }
    }
}

/// One finding before it becomes an asset.
struct Found<'t> {
    rule: usize,
    node: Node<'t>,
    algorithm: Algorithm,
    /// The API as written.
    symbol: String,
    /// Literal texts that may stay unmasked in the context (the names and parameters reported).
    keep: Vec<String>,
    /// The algorithm's parts, kept so a modifier can re-name it.
    base: Option<String>,
    parameters: Parameters,
}

/// What the code fixes about an algorithm.
#[derive(Clone, Debug, Default)]
struct Parameters {
    size: Option<u32>,
    curve: Option<String>,
    mode: Option<String>,
    hash: Option<String>,
    iterations: Option<i128>,
    /// A registry name that replaces the base (a parameter set).
    variant: Option<String>,
    unresolved: Vec<String>,
    notes: Vec<String>,
}

/// Applies one engine's rules to one file.
struct Run<'r, 't> {
    /// When the file's analysis must stop.
    deadline: Instant,
    /// Whether it did.
    timed_out: bool,
    /// Which rules' prefilter words occur in the file.
    enabled: &'r [bool],
    /// Extra places of a finding: the calls of a wrapper whose parameter chose its algorithm
    /// (finding index, call node, callee as written).
    echoes: Vec<(usize, Node<'t>, String)>,
    engine: &'r Engine,
    facts: &'r Facts<'t>,
    registry: &'r Registry,
    findings: Vec<Found<'t>>,
}

impl<'t> Run<'_, 't> {
    fn apply_rules(&mut self, tree: &'t tree_sitter::Tree) {
        let engine = self.engine;
        let facts = self.facts;
        // Calls (in source order; modifiers after the finding they change).
        let mut calls: Vec<&Call<'t>> = facts.calls.iter().collect();
        calls.sort_by_key(|c| c.node.start_byte());
        for (count, call) in calls.into_iter().enumerate() {
            if count % 256 == 255 && Instant::now() > self.deadline {
                self.timed_out = true;
                return;
            }
            // Only the qualified form is matched: it is the written one unless an import alias
            // rewrote it, and then the written one is not the truth (after `from Crypto.Random
            // import random`, `random.randint` is not the `random` module's).
            let segments = split_path(&call.qualified);
            for index in self.matching_rules(
                &engine.calls_by_name,
                &engine.wildcard_calls,
                &segments,
                |c| &c.calls,
            ) {
                let modifier = engine
                    .rules
                    .get(index)
                    .is_some_and(|c| c.rule.modifies.is_some());
                if modifier {
                    self.modify(index, call);
                } else {
                    self.found(index, call.node, &call.written, Matched::Call(call));
                }
            }
        }
        for (qualified, node) in &facts.references {
            let segments = split_path(qualified);
            for index in self.matching_rules(
                &engine.references_by_name,
                &engine.wildcard_references,
                &segments,
                |c| &c.references,
            ) {
                let symbol = normalise_path(text(*node, facts.source));
                self.found(index, *node, &symbol, Matched::Reference(qualified));
            }
        }
        for (index, compiled) in engine.rules.iter().enumerate() {
            let Some((query, match_index)) = &compiled.query else {
                continue;
            };
            if !self.enabled.get(index).copied().unwrap_or(false) {
                continue;
            }
            let mut cursor = QueryCursor::new();
            cursor.set_match_limit(MATCH_LIMIT);
            let deadline = self.deadline;
            let mut over = false;
            let mut progress = |_: &QueryCursorState| {
                if Instant::now() > deadline {
                    over = true;
                    ControlFlow::Break(())
                } else {
                    ControlFlow::Continue(())
                }
            };
            let options = QueryCursorOptions::new().progress_callback(&mut progress);
            let mut matches =
                cursor.matches_with_options(query, tree.root_node(), facts.source, options);
            while let Some(found) = matches.next() {
                let Some(node) = found
                    .captures()
                    .iter()
                    .find(|c| c.index == *match_index)
                    .map(|c| c.node)
                else {
                    continue;
                };
                let captured: HashMap<String, Node<'t>> = found
                    .captures()
                    .iter()
                    .filter_map(|c| {
                        query
                            .capture_names()
                            .get(c.index as usize)
                            .map(|n| ((*n).to_owned(), c.node))
                    })
                    .collect();
                let symbol = normalise_path(text(node, facts.source));
                let symbol = symbol.split('(').next().unwrap_or_default().to_owned();
                self.found(index, node, &symbol, Matched::Query(&captured));
            }
            drop(matches);
            if over {
                self.timed_out = true;
                return;
            }
        }
    }

    /// The value naming the algorithm: the first text among the places given, else the first
    /// value found (unresolved).
    fn algorithm_value(
        &self,
        algorithm: &AlgorithmSpec,
        matched: Matched<'_, 't>,
    ) -> Option<Value> {
        let specs = algorithm.from.as_ref()?;
        let known = |value: &Value| {
            value.text().is_some_and(|text| {
                let name = rename(algorithm, &text);
                let name = match algorithm.format {
                    Format::Openssl => self.openssl_name(&name, &mut Parameters::default()),
                    _ => name.split('/').next().unwrap_or_default().to_owned(),
                };
                self.registry.by_name(&name).is_some()
            })
        };
        // Every place is read; the first registry-known name wins, else the first text, else the
        // first value (unresolved). A callee, receiver or reference the registry does not know is
        // not an algorithm's name (`new GCMBlockCipher(cipherFromConfig())`): unresolved, and a
        // reference then no finding at all. A fixed `value` is a default: it counts only when no
        // earlier place gave anything, so `{ value: HS256 }` never stands in for the code's own
        // (even unresolved) `algorithm`.
        let mut values: Vec<Value> = Vec::new();
        let mut given = false;
        for spec in &specs.0 {
            if spec.value.is_some() && given {
                continue;
            }
            let Some(value) = self.value(spec, matched) else {
                continue;
            };
            let structural = spec.callee || spec.receiver || spec.reference;
            match value {
                Value::Text(text) if structural && !known(&Value::Text(text.clone())) => {
                    if !spec.reference {
                        values.push(Value::Unresolved(text));
                    }
                }
                other => {
                    // An unresolved callee or receiver name is no value the code gives either.
                    given |= !(structural && matches!(other, Value::Unresolved(_)));
                    values.push(other);
                }
            }
        }
        values
            .iter()
            .find(|v| known(v))
            .or_else(|| values.iter().find(|v| matches!(v, Value::Text(_))))
            .or_else(|| values.first())
            .cloned()
    }

    /// The enabled rules one of whose patterns (calls or references, as `patterns` picks) matches
    /// a path, in rule order.
    fn matching_rules(
        &self,
        by_name: &HashMap<String, Vec<usize>>,
        wildcards: &[usize],
        segments: &[&str],
        patterns: fn(&CompiledRule) -> &[Pattern],
    ) -> Vec<usize> {
        candidates(by_name, wildcards, segments.last().copied())
            .into_iter()
            .filter(|index| self.enabled.get(*index).copied().unwrap_or(false))
            .filter(|index| {
                self.engine
                    .rules
                    .get(*index)
                    .is_some_and(|c| patterns(c).iter().any(|p| p.matches_segments(segments)))
            })
            .collect()
    }

    /// Resolves a value spec against a call, a reference or query captures: the raw value, then
    /// `strip` and `names` applied to text. A name taken with `callee` or `receiver` that is bound
    /// nowhere in the file, is no import, and that the registry does not know after renaming (a
    /// function parameter: `GenerateKey(c, rand.Reader)`) is unresolved, not a name.
    fn value(&self, spec: &ValueSpec, matched: Matched<'_, 't>) -> Option<Value> {
        let (value, bare) = self.raw_value(spec, matched)?;
        let Value::Text(raw) = value else {
            return Some(value);
        };
        let mut text = raw.trim().to_owned();
        for affix in &spec.strip {
            if let Some(rest) = text.strip_prefix(affix.as_str()) {
                text = rest.to_owned();
            }
            if let Some(rest) = text.strip_suffix(affix.as_str()) {
                text = rest.to_owned();
            }
        }
        if let Some((_, renamed)) = spec
            .names
            .iter()
            .find(|(from, _)| from.eq_ignore_ascii_case(&text))
        {
            text.clone_from(renamed);
        } else if bare
            && self.registry.by_name(&text).is_none()
            && self.registry.curve_by_name(&text).is_none()
        {
            return Some(Value::Unresolved(raw));
        }
        Some(Value::Text(text))
    }

    /// The value a spec points at, and whether it is a bare unbound name read with `callee` or
    /// `receiver`.
    fn raw_value(&self, spec: &ValueSpec, matched: Matched<'_, 't>) -> Option<(Value, bool)> {
        let (call, reference, captures) = (matched.call(), matched.reference(), matched.captures());
        let facts = self.facts;
        if let Some(value) = &spec.value {
            return Some((Value::Text(value.clone()), false));
        }
        if spec.reference {
            return reference.map(|r| (Value::Text(last_segment(r).to_owned()), false));
        }
        let mut node = match (&spec.capture, spec.argument, call) {
            (Some(name), _, _) => *captures?.get(name)?,
            (None, Some(n), Some(call)) => match positional(call, n) {
                Some(node) => node,
                None => keyword(facts, call, spec.keyword.as_deref()?)?,
            },
            (None, None, Some(call)) if spec.keyword.is_some() => {
                keyword(facts, call, spec.keyword.as_deref()?)?
            }
            (None, None, Some(call)) if spec.property.is_some() => call.node,
            (None, None, Some(call)) if spec.qualified => {
                return Some((Value::Text(call.qualified.clone()), false));
            }
            (None, None, Some(call)) if spec.receiver => {
                // The segment before the method: `AESEngine` in `AESEngine.newInstance()`.
                let (receiver, _) = call.written.rsplit_once('.')?;
                return Some((Value::Text(last_segment(receiver).to_owned()), false));
            }
            (None, None, Some(call)) if spec.callee => {
                return Some((Value::Text(last_segment(&call.written).to_owned()), false));
            }
            _ => return None,
        };
        if let Some(path) = &spec.property {
            // `hash.name` walks property by property; a step on a plain value keeps it (WebCrypto
            // takes `"SHA-256"` or `{ name: "SHA-256" }`).
            for property in path.split('.') {
                let followed = facts.follow(node);
                node = match facts.property(followed, property) {
                    Some(found) => found,
                    None if spec.argument.is_some() && is_plain_value(facts.resolve(followed)) => {
                        followed
                    }
                    None => return None,
                };
            }
        }
        if let Some(index) = spec.inner {
            let followed = facts.follow(node);
            node = match facts.call_of(followed) {
                Some(inner) => *inner.arguments.get(index)?,
                None if is_sequence(followed) => {
                    let mut walker = followed.walk();
                    followed
                        .named_children(&mut walker)
                        .filter(|n| !n.kind().contains("comment"))
                        .nth(index)?
                }
                None => return None,
            };
        }
        if spec.qualified {
            // The argument's path qualified through the imports: a call gives its callee
            // (`sha256.New()` is `crypto/sha256.New`), a name itself (`sha256.New`).
            return Some(match facts.call_of(node) {
                Some(inner) => (Value::Text(inner.qualified.clone()), false),
                None => {
                    let followed = facts.follow(node);
                    let written = normalise_path(text(followed, facts.source));
                    if facts.is_free_name(&written, followed) {
                        (Value::Unresolved(written), false)
                    } else {
                        (Value::Text(facts.qualify(&written)), false)
                    }
                }
            });
        }
        if spec.callee || spec.receiver {
            // The argument is itself a call (also through a variable bound once) or a name: take
            // the last segment of its callee or name, or with `receiver` the one before it.
            let (written, bare) = match facts.call_of(node) {
                Some(inner) => (inner.written.clone(), false),
                None => {
                    let followed = facts.follow(node);
                    let written = normalise_path(text(followed, facts.source));
                    match self.callee_through_parameter(&written, followed) {
                        Some(through) => (through, false),
                        None => {
                            let bare = facts.is_free_name(&written, followed);
                            (written, bare)
                        }
                    }
                }
            };
            let written = written.split('(').next().unwrap_or_default();
            let segment = if spec.receiver {
                last_segment(written.rsplit_once('.')?.0)
            } else {
                last_segment(written)
            };
            return Some((Value::Text(segment.to_owned()), bare));
        }
        Some((facts.resolve(node), false))
    }

    /// A parameter passed an object (`def make(curve): ec.generate_private_key(curve)` called as
    /// `make(ec.SECP384R1())`): the callee every call site passes, when they agree; the sites are
    /// recorded for the finding to be reported there too.
    fn callee_through_parameter(&self, name: &str, at: Node<'t>) -> Option<String> {
        let facts = self.facts;
        if !facts.is_free_name(name, at) {
            return None;
        }
        let sites = facts.parameter_arguments(name, at)?;
        let mut callees = sites.iter().map(|(argument, _)| {
            facts
                .call_of(*argument)
                .map(|c| c.written.clone())
                .or_else(|| {
                    let followed = facts.follow(*argument);
                    let written = normalise_path(text(followed, facts.source));
                    (!facts.is_free_name(&written, followed)).then_some(written)
                })
        });
        let first = callees.next()??;
        if !callees.all(|c| c.as_deref() == Some(first.as_str())) {
            return None;
        }
        facts
            .sites_used
            .borrow_mut()
            .extend(sites.iter().map(|(_, call)| *call));
        Some(first)
    }

    /// Reads the rule's parameters.
    fn parameters(&self, rule: &Rule, matched: Matched<'_, 't>) -> Parameters {
        let specs = &rule.parameters;
        let mut parameters = Parameters::default();
        // A parameter that is a call or an object (`initialize(new ECGenParameterSpec(...))` read as
        // a size) is another parameter's business; it is unresolved only if nothing else resolved.
        let mut objects: Vec<String> = Vec::new();
        // Tries each place in order; the first value of the wanted type wins. An expression that
        // cannot be resolved ends the search (a later fixed default must not stand in for it).
        let mut read = |specs: &ValueSpecs, what: &str, numeric: bool| -> Option<Value> {
            for spec in &specs.0 {
                match self.value(spec, matched) {
                    Some(Value::Integer(n)) if numeric => return Some(Value::Integer(n)),
                    Some(Value::Text(text)) if numeric && text.trim().parse::<i128>().is_ok() => {
                        return Some(Value::Text(text));
                    }
                    Some(Value::Text(text)) if !numeric => return Some(Value::Text(text)),
                    Some(Value::Unresolved(expression)) => {
                        // A parameter set is read opportunistically: an argument that is not one
                        // is not a missing parameter.
                        if what != "parameter set" {
                            parameters.unresolved.push(format!("{what} {expression}"));
                        }
                        return None;
                    }
                    Some(Value::Call(expression)) => objects.push(format!("{what} {expression}")),
                    _ => {}
                }
            }
            None
        };
        let size = read(&specs.size, "size", true).and_then(|v| v.integer());
        let size_bytes = read(&specs.size_bytes, "size", true)
            .and_then(|v| v.integer())
            .map(|b| b * 8);
        let curve = read(&specs.curve, "curve", false).and_then(|v| v.text());
        let mode = read(&specs.mode, "mode", false).and_then(|v| v.text());
        let hash = read(&specs.hash, "hash", false).and_then(|v| v.text());
        let iterations = read(&specs.iterations, "iterations", true).and_then(|v| v.integer());
        let variant = read(&specs.variant, "parameter set", false).and_then(|v| v.text());
        parameters.size = size
            .or(size_bytes)
            .and_then(|s| u32::try_from(s).ok())
            .filter(|s| *s > 0);
        // A curve the registry does not know is not put into a name (`ECDSA-fun1`): it stays a
        // note, and the algorithm keeps no curve.
        parameters.curve = match curve {
            Some(name) if self.registry.curve_by_name(&name).is_none() => {
                parameters.unresolved.push(format!("curve {name}"));
                None
            }
            other => other,
        };
        parameters.mode = mode;
        parameters.hash = hash;
        parameters.iterations = iterations;
        parameters.variant = variant.filter(|v| self.registry.by_name(v).is_some());
        if parameters.variant.is_some() {
            // A parameter set fixes the size: a size expression beside it is not missing.
            parameters.unresolved.retain(|u| !u.starts_with("size "));
        }
        let resolved = parameters.size.is_some()
            || parameters.curve.is_some()
            || parameters.mode.is_some()
            || parameters.hash.is_some()
            || parameters.iterations.is_some()
            || parameters.variant.is_some();
        if !resolved {
            parameters.unresolved.extend(objects);
        }
        parameters
    }

    /// Names the algorithm from the rule's spec and the parameters.
    fn name(
        &self,
        spec: &AlgorithmSpec,
        value: Option<Value>,
        parameters: &mut Parameters,
    ) -> (Algorithm, Option<String>) {
        let registry = self.registry;
        let raw = match (&spec.name, value) {
            (Some(name), _) => name.clone(),
            (None, Some(Value::Unresolved(_) | Value::Call(_)) | None)
                if parameters.variant.is_some() =>
            {
                // No name, but a parameter set that names the algorithm (`new
                // MLKEMKeyGenerationParameters(random, MLKEMParameters.ml_kem_768)`).
                parameters.variant.clone().unwrap_or_default()
            }
            (None, Some(Value::Unresolved(expression) | Value::Call(expression))) => {
                parameters
                    .unresolved
                    .push(format!("algorithm {expression}"));
                return (unknown_algorithm(registry, parameters), None);
            }
            (None, Some(value)) => value.text().unwrap_or_default(),
            (None, None) => return (unknown_algorithm(registry, parameters), None),
        };
        let name = rename(spec, &raw);
        let base = match spec.format {
            Format::Plain => name.clone(),
            Format::Openssl => self.openssl_name(&name, parameters),
            Format::JcaTransformation => self.jca_transformation(&name, parameters),
        };
        let algorithm = self.compose(&base, parameters);
        (algorithm, Some(base))
    }

    /// Reads an OpenSSL cipher or digest name: a registry name or alias (`aes-256-gcm`,
    /// `des-ede3-cbc`, `sha256`), a short name that means CBC (`aes256`, `des3`, `bf`), or
    /// `<cipher>-<mode>` composed (`bf-ecb`, `cast5-ofb`).
    fn openssl_name(&self, name: &str, parameters: &mut Parameters) -> String {
        // `EVP_bf_ecb` and `bf-ecb` are the same name.
        let lower = name.trim().to_ascii_lowercase().replace('_', "-");
        if let Some((_, full)) = OPENSSL_SHORT_NAMES
            .iter()
            .find(|(short, _)| *short == lower)
        {
            return (*full).to_owned();
        }
        if self.registry.by_name(&lower).is_some() {
            return lower;
        }
        if let Some((cipher, mode)) = lower.rsplit_once('-')
            && crate::registry::cyclonedx_mode(mode.trim_end_matches(|c: char| c.is_ascii_digit()))
                .is_some()
        {
            let base = OPENSSL_SHORT_NAMES
                .iter()
                .find(|(short, _)| *short == cipher)
                .map_or(cipher, |(_, full)| {
                    full.split_once("-CBC").map_or(*full, |(b, _)| b)
                });
            parameters.mode = Some(mode.to_ascii_uppercase());
            return base.to_owned();
        }
        lower
    }

    /// Reads a JCA transformation ([`crate::detect::jca::transformation`]) into the parameters.
    fn jca_transformation(&self, transformation: &str, parameters: &mut Parameters) -> String {
        let read = jca::transformation(self.registry, transformation);
        if parameters.size.is_none() {
            parameters.size = read.size;
        }
        if let Some(mode) = read.mode {
            parameters.mode = Some(mode);
        }
        if let Some(note) = read.note {
            parameters.notes.push(note.to_owned());
        }
        read.base
    }

    /// Composes the registry algorithm from a base name and parameters.
    fn compose(&self, base: &str, parameters: &Parameters) -> Algorithm {
        let registry = self.registry;
        // A hash parameter specialises the base (PBKDF2 with SHA-256 is PBKDF2-SHA-256).
        let mut base = parameters
            .variant
            .clone()
            .unwrap_or_else(|| base.to_owned());
        if let Some(hash) = &parameters.hash
            && let Some(hash) = registry.by_name(hash)
        {
            let specialised = format!("{base}-{}", hash.name());
            if let Some(found) = registry.by_name(&specialised) {
                base = found.name().to_owned();
            }
        }
        // Some APIs take an OID string for a name (`Cipher.getInstance("1.2.840.113549.1.12.1.3")`).
        if base.split('.').count() > 2
            && base
                .split('.')
                .all(|arc| !arc.is_empty() && arc.bytes().all(|b| b.is_ascii_digit()))
            && let Some(definition) = registry.by_oid(&base)
        {
            base = definition.name().to_owned();
        }
        let mode = parameters.mode.as_deref();
        registry
            .compose(&base, parameters.size, mode, parameters.curve.as_deref())
            .unwrap_or_else(|| registry.unknown_name(&base, Primitive::Unknown))
    }

    /// The place of a node: line, column, offset, symbol, and the code line with unrelated string
    /// literals masked (a hard-coded key must not reach the report).
    fn place(
        &self,
        node: Node<'t>,
        symbol: &str,
        keep: &[String],
        notes: &[String],
        rule: &str,
    ) -> Place {
        let source = self.facts.source;
        let start = node.start_byte();
        // The line around the node, looked for within a window: a minified or generated file of
        // one huge line must not cost a scan of the whole line per finding.
        let window_start = start.saturating_sub(LINE_WINDOW);
        let line_start = source
            .get(window_start..start)
            .and_then(|b| memchr::memrchr(b'\n', b))
            .map(|i| window_start + i + 1);
        let line_end = source
            .get(start..source.len().min(start + LINE_WINDOW))
            .and_then(|b| memchr::memchr(b'\n', b))
            .map_or(source.len().min(start + LINE_WINDOW), |i| start + i);
        let column = match line_start {
            Some(line_start) => {
                String::from_utf8_lossy(source.get(line_start..start).unwrap_or_default())
                    .chars()
                    .count()
            }
            None => node.start_position().column,
        };
        // A long line is shown from a little before the node.
        let shown_start = match line_start {
            Some(line_start) if start - line_start <= CONTEXT_LIMIT / 2 => line_start,
            _ => start.saturating_sub(CONTEXT_LIMIT / 4),
        };
        let line_text =
            String::from_utf8_lossy(source.get(shown_start..line_end).unwrap_or_default());
        let mut context = mask_literals(line_text.trim(), keep);
        if Some(shown_start) != line_start {
            context.insert(0, '…');
        }
        if context.chars().count() > CONTEXT_LIMIT {
            context = context.chars().take(CONTEXT_LIMIT).collect::<String>() + "…";
        }
        for note in notes {
            // Notes quote expressions (`[unresolved size []byte("…")]`): masked like the line.
            context.push_str(&format!(" [{}]", mask_literals(note, keep)));
        }
        Place {
            line: u32::try_from(node.start_position().row + 1).ok(),
            column: u32::try_from(column + 1).ok(),
            offset: u64::try_from(start).ok(),
            symbol: Some(symbol.to_owned()),
            context: Some(context),
            rule: Some(rule.to_owned()),
            provided: false,
        }
    }

    fn finish(
        &mut self,
        rule_index: usize,
        node: Node<'t>,
        symbol: &str,
        algorithm_value: Option<Value>,
        mut parameters: Parameters,
    ) {
        let Some(compiled) = self.engine.rules.get(rule_index) else {
            return;
        };
        let rule = &compiled.rule;
        let Some(spec) = &rule.algorithm else {
            return;
        };
        let keep: Vec<String> = [
            algorithm_value.as_ref().and_then(Value::text),
            parameters.curve.clone(),
            parameters.mode.clone(),
            parameters.hash.clone(),
        ]
        .into_iter()
        .flatten()
        .collect();
        let (mut algorithm, base) = self.name(spec, algorithm_value, &mut parameters);
        if let Some(function) = &rule.function {
            algorithm.functions = vec![function.clone()];
        }
        self.findings.push(Found {
            rule: rule_index,
            node,
            algorithm,
            symbol: symbol.to_owned(),
            keep,
            base,
            parameters,
        });
    }

    /// A finding reported again at the call of the wrapper that chose its algorithm.
    fn report_at(&self, index: usize, node: Node<'t>, symbol: &str) -> Option<(Algorithm, Place)> {
        let found = self.findings.get(index)?;
        let rule = &self.engine.rules.get(found.rule)?.rule;
        let (line, _) = self.line_of(found.node);
        let notes = vec![format!(
            "the algorithm reaches {} on line {line}",
            found.symbol
        )];
        let mut keep = found.keep.clone();
        keep.extend(found.parameters.curve.clone());
        let place = self.place(node, symbol, &keep, &notes, &rule.id);
        Some((found.algorithm.clone(), place))
    }

    /// The 1-based line and column of a node.
    fn line_of(&self, node: Node<'t>) -> (usize, usize) {
        let position = node.start_position();
        (position.row + 1, position.column + 1)
    }

    /// A finding as reported: its algorithm and its place, with the notes (iterations, unresolved
    /// parameters, the rule's reason) appended to the context.
    fn report(&self, index: usize) -> Option<(Algorithm, Place)> {
        let found = self.findings.get(index)?;
        let rule = &self.engine.rules.get(found.rule)?.rule;
        let parameters = &found.parameters;
        let mut notes = parameters.notes.clone();
        if let Some(iterations) = parameters.iterations {
            notes.push(format!("{iterations} iterations"));
        }
        notes.extend(
            parameters
                .unresolved
                .iter()
                .map(|u| format!("unresolved {u}")),
        );
        if let Some(reason) = &rule.reason {
            notes.push(reason.clone());
        }
        let mut keep = found.keep.clone();
        keep.extend(
            [
                parameters.curve.clone(),
                parameters.mode.clone(),
                parameters.hash.clone(),
                parameters.variant.clone(),
            ]
            .into_iter()
            .flatten(),
        );
        let place = self.place(found.node, &found.symbol, &keep, &notes, &rule.id);
        Some((found.algorithm.clone(), place))
    }

    /// A finding of a rule at a node: the algorithm and parameters read from what it matched. A
    /// value that came through a wrapper's parameter was chosen at the wrapper's call sites, so the
    /// algorithm is reported there too (`encrypt("DES")` calling `Cipher.getInstance(alg)`).
    fn found(&mut self, rule_index: usize, node: Node<'t>, symbol: &str, matched: Matched<'_, 't>) {
        let Some(rule) = self.engine.rules.get(rule_index).map(|c| &c.rule) else {
            return;
        };
        self.facts.sites_used.borrow_mut().clear();
        let value = rule
            .algorithm
            .as_ref()
            .and_then(|a| self.algorithm_value(a, matched));
        // A reference the registry does not know is no finding at all.
        if matches!(matched, Matched::Reference(_))
            && value.is_none()
            && rule.algorithm.as_ref().is_some_and(|a| a.from.is_some())
        {
            return;
        }
        let parameters = self.parameters(rule, matched);
        let before = self.findings.len();
        self.finish(rule_index, node, symbol, value, parameters);
        let sites: Vec<Node<'t>> = self.facts.sites_used.borrow_mut().drain(..).collect();
        if self.findings.len() > before
            && self.findings.last().is_some_and(|f| f.algorithm.is_known())
        {
            for site in sites {
                let repeated = self
                    .echoes
                    .iter()
                    .any(|(index, node, _)| *index == before && node.id() == site.id());
                if site.id() == node.id() || repeated {
                    continue;
                }
                let symbol = self
                    .facts
                    .call_of(site)
                    .map(|c| c.written.clone())
                    .unwrap_or_default();
                self.echoes.push((before, site, symbol));
            }
        }
    }

    /// A modifier call (`kpg.initialize(2048)`): completes the latest finding of one of the rules it
    /// follows whose call was bound to the receiver variable.
    fn modify(&mut self, rule_index: usize, call: &Call<'t>) {
        let Some(rule) = self.engine.rules.get(rule_index).map(|c| c.rule.clone()) else {
            return;
        };
        let Some(receiver) = call.receiver() else {
            return;
        };
        let facts = self.facts;
        let bound: Vec<usize> = facts
            .bindings_at(receiver, call.node)
            .iter()
            .map(|n| n.id())
            .collect();
        let target = self.findings.iter().rposition(|f| {
            let follows = self
                .engine
                .rules
                .get(f.rule)
                .is_some_and(|c| rule.after.contains(&c.rule.id));
            let bound_here = bound.iter().any(|id| covers(f.node, *id));
            follows && bound_here && f.node.start_byte() < call.node.start_byte()
        });
        let Some(target) = target else {
            return;
        };
        let update = self.parameters(&rule, Matched::Call(call));
        let Some(found) = self.findings.get_mut(target) else {
            return;
        };
        if update.size.is_some() {
            found.parameters.size = update.size;
        }
        if update.curve.is_some() {
            found.parameters.curve.clone_from(&update.curve);
        }
        if update.mode.is_some() {
            found.parameters.mode.clone_from(&update.mode);
        }
        if update.variant.is_some() {
            found.parameters.variant.clone_from(&update.variant);
        }
        if update.hash.is_some() {
            found.parameters.hash.clone_from(&update.hash);
        }
        if update.iterations.is_some() {
            found.parameters.iterations = update.iterations;
        }
        found.parameters.unresolved.extend(update.unresolved);
        let Some(base) = found.base.clone() else {
            return;
        };
        let parameters = found.parameters.clone();
        let functions = found.algorithm.functions.clone();
        let mut algorithm = self.compose(&base, &parameters);
        algorithm.functions = functions;
        if let Some(found) = self.findings.get_mut(target) {
            found.algorithm = algorithm;
        }
    }
}

/// OpenSSL's short cipher names, which all mean CBC (`openssl enc -help`, `EVP_get_cipherbyname`).
const OPENSSL_SHORT_NAMES: &[(&str, &str)] = &[
    ("aes128", "AES-128-CBC"),
    ("aes192", "AES-192-CBC"),
    ("aes256", "AES-256-CBC"),
    ("aria128", "ARIA-128-CBC"),
    ("aria192", "ARIA-192-CBC"),
    ("aria256", "ARIA-256-CBC"),
    ("bf", "Blowfish-CBC"),
    ("blowfish", "Blowfish-CBC"),
    ("camellia128", "CAMELLIA-128-CBC"),
    ("camellia192", "CAMELLIA-192-CBC"),
    ("camellia256", "CAMELLIA-256-CBC"),
    ("cast", "CAST5-CBC"),
    ("cast5", "CAST5-CBC"),
    ("des", "DES-CBC"),
    ("des-ede", "DES-EDE-ECB"),
    ("des-ede3", "DES-EDE3-ECB"),
    ("des3", "DES-EDE3-CBC"),
    ("desx", "DESX-CBC"),
    ("idea", "IDEA-CBC"),
    ("rc2", "RC2-CBC"),
    ("seed", "SEED-CBC"),
    ("sm4", "SM4-CBC"),
];

/// The algorithm `unknown`, with the mode the code fixes (`cipher.NewGCM(block)` with `block` a
/// parameter is an unknown cipher in GCM).
fn unknown_algorithm(registry: &Registry, parameters: &Parameters) -> Algorithm {
    let mut algorithm = registry.unknown_name(UNKNOWN_ALGORITHM, Primitive::Unknown);
    algorithm.mode = parameters
        .mode
        .as_deref()
        .and_then(crate::registry::cyclonedx_mode)
        .map(str::to_owned);
    algorithm
}

/// The n-th positional argument (keyword and named arguments are not counted: in Python
/// `Cipher(algorithms.AES(k), mode=modes.GCM(iv))` has one positional argument).
fn positional<'t>(call: &Call<'t>, n: usize) -> Option<Node<'t>> {
    call.arguments
        .iter()
        .filter(|a| !is_keyword_argument(**a))
        .nth(n)
        .copied()
}

/// Whether an argument node is a keyword or named argument (`key_size=2048`, `keySize: 2048`).
fn is_keyword_argument(node: Node<'_>) -> bool {
    node.kind() == "keyword_argument"
        || (node.kind() == "argument" && node.child_by_field_name("name").is_some())
}

/// The value of a keyword or named argument of a call.
fn keyword<'t>(facts: &Facts<'t>, call: &Call<'t>, name: &str) -> Option<Node<'t>> {
    call.arguments
        .iter()
        .filter(|a| is_keyword_argument(**a))
        .find_map(|a| {
            let key = a.child_by_field_name("name")?;
            (text(key, facts.source).trim() == name).then(|| {
                a.child_by_field_name("value").or_else(|| {
                    a.named_child(u32::try_from(a.named_child_count().checked_sub(1)?).ok()?)
                })
            })?
        })
}

/// Whether a resolved value is a plain string or number (not an object to look a property up in).
fn is_plain_value(value: Value) -> bool {
    matches!(value, Value::Text(_) | Value::Integer(_))
}

/// Whether a node is an array or list literal.
fn is_sequence(node: Node<'_>) -> bool {
    let kind = node.kind();
    (kind.contains("array")
        || kind == "list"
        || kind.contains("list_expression")
        || kind == "tuple")
        && !kind.contains("argument")
}

/// A value as the rule's algorithm spec renames it: prefixes stripped, then the `names` map.
fn rename(spec: &AlgorithmSpec, raw: &str) -> String {
    let mut name = raw.trim().to_owned();
    for prefix in &spec.strip {
        if let Some(rest) = name.strip_prefix(prefix.as_str()) {
            name = rest.to_owned();
        }
    }
    if let Some((_, renamed)) = spec
        .names
        .iter()
        .find(|(from, _)| from.eq_ignore_ascii_case(&name))
    {
        name = renamed.clone();
    }
    name
}

/// Whether the finding's node is the bound value (or inside it: `(T) f()`, `f()?`).
fn covers(finding: Node<'_>, bound_id: usize) -> bool {
    let mut node = Some(finding);
    for _ in 0..4 {
        let Some(current) = node else {
            return false;
        };
        if current.id() == bound_id {
            return true;
        }
        node = current.parent();
    }
    false
}

/// Replaces string literals in a code line with `"…"`, except those whose content is one of `keep`
/// (the algorithm names and parameters the finding reports): literals may hold hard-coded keys.
fn mask_literals(line: &str, keep: &[String]) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if !matches!(c, '"' | '\'' | '`') {
            out.push(c);
            continue;
        }
        let mut content = String::new();
        let mut closed = false;
        while let Some((_, d)) = chars.next() {
            if d == '\\' {
                if let Some((_, escaped)) = chars.next() {
                    content.push('\\');
                    content.push(escaped);
                }
                continue;
            }
            if d == c {
                closed = true;
                break;
            }
            content.push(d);
        }
        let kept =
            content.chars().count() <= 3 || keep.iter().any(|k| k.contains(content.as_str()));
        out.push(c);
        out.push_str(if kept { &content } else { "…" });
        if closed {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the built-in source rules on one file.
    fn scan_source(name: &str, text: &str) -> crate::detect::Collected {
        let rules = RuleSet::builtin().unwrap_or_else(|e| panic!("{e}"));
        let detector = SourceDetector::new(&rules).unwrap_or_else(|e| panic!("{e}"));
        crate::detect::testing::run(&detector, name, text.as_bytes())
    }

    #[test]
    fn names_bound_to_each_other_many_times_do_not_explode() {
        // Every name bound 200 times to other names bound 200 times: without a step budget,
        // resolving `a` would visit 200^8 expressions.
        let mut text = String::from("import hashlib\n");
        for _ in 0..200 {
            text.push_str("a = b\nb = c\nc = a\n");
        }
        text.push_str("h = hashlib.new(a)\n");
        let out = scan_source("loop.py", &text);
        assert_eq!(out.findings.len(), 1);
        let context = out.findings[0]
            .occurrence
            .context
            .clone()
            .unwrap_or_default();
        assert!(context.contains("[unresolved algorithm a]"), "{context}");
    }

    #[test]
    fn a_minified_line_costs_no_more_than_its_findings() {
        // 4,000 calls on one line: each finding's context is cut from a window around it.
        let call = "crypto.createHash('md5');";
        let text = format!("const crypto = require('crypto');{}", call.repeat(4000));
        let out = scan_source("bundle.min.js", &text);
        assert_eq!(out.findings.len(), 4000);
        let last = &out.findings[3999].occurrence;
        assert_eq!(last.line, Some(1));
        assert_eq!(last.column, Some(34 + 3999 * 25));
        let context = last.context.clone().unwrap_or_default();
        assert!(
            context.starts_with('…') && context.chars().count() < 250,
            "{context}"
        );
    }

    #[test]
    fn every_builtin_query_compiles() {
        let rules = RuleSet::builtin().unwrap_or_else(|e| panic!("{e}"));
        let detector = SourceDetector::new(&rules).unwrap_or_else(|e| panic!("{e}"));
        detector.compile_all().unwrap_or_else(|e| panic!("{e}"));
        for entry in &detector.languages {
            assert!(
                entry.engine().is_ok(),
                "{} did not compile",
                entry.spec.name
            );
        }
    }

    #[test]
    fn patterns_match_segment_suffixes() {
        let pattern = Pattern::new("Cipher.getInstance");
        assert!(pattern.matches("javax.crypto.Cipher.getInstance"));
        assert!(pattern.matches("Cipher.getInstance"));
        assert!(!pattern.matches("MyCipher.getInstance"));
        assert!(!pattern.matches("getInstance"));
        let wildcard = Pattern::new("EVP_aes_*");
        assert!(wildcard.matches("EVP_aes_256_gcm"));
        assert!(!wildcard.matches("EVP_sha1"));
        let anchored = Pattern::new("^random.randint");
        assert!(anchored.matches("random.randint"));
        assert!(!anchored.matches("Crypto.Random.random.randint"));
    }

    #[test]
    fn literals_are_masked_unless_reported() {
        let line = r#"Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding"); byte[] k = "0123456789abcdef".getBytes();"#;
        let masked = mask_literals(line, &["AES/ECB/PKCS5Padding".to_owned()]);
        assert_eq!(
            masked,
            r#"Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding"); byte[] k = "…".getBytes();"#
        );
    }
}
