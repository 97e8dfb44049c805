//! Source-code rules as data: loads, validates and compiles `rules/<language>/*.yaml` (embedded at
//! build time; `--rules DIR` adds more at run time).
//!
//! A rule says which calls (or references, or tree-sitter query matches) mean cryptography, how the
//! algorithm is named (a fixed name, or a value taken from an argument, an option property or the
//! callee, read in a given format such as a JCA transformation or an OpenSSL name), which parameters
//! the code fixes (key size, curve, iterations, mode), and the crypto function. Each language folder
//! also holds `language.scm`: the queries that find calls, constants, imports and references in that
//! language. `rules/README.md` documents the format with a worked example.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

include!(concat!(env!("OUT_DIR"), "/embedded_rules.rs"));

/// The languages with a folder under `rules/`.
pub const LANGUAGES: [&str; 9] = [
    "c",
    "cpp",
    "csharp",
    "go",
    "java",
    "javascript",
    "python",
    "rust",
    "typescript",
];

/// Method names too common to tell a crypto file from any other; a prefilter prefers another
/// segment of the pattern.
const GENERIC_SEGMENTS: &[&str] = &[
    "new",
    "New",
    "getInstance",
    "create",
    "Create",
    "init",
    "Init",
    "update",
    "generate",
    "Generate",
    "from",
    "of",
    "default",
    "build",
    "builder",
    "get",
    "set",
    "open",
    "read",
    "write",
    "encode",
    "decode",
    "compute",
    "apply",
    "run",
    "call",
    "with",
    "make",
];

/// The crypto functions a rule may name (the CycloneDX `cryptoFunctions` values).
const FUNCTIONS: [&str; 12] = [
    "decapsulate",
    "decrypt",
    "digest",
    "encapsulate",
    "encrypt",
    "generate",
    "keyderive",
    "keygen",
    "other",
    "sign",
    "tag",
    "verify",
];

/// A rule file that is wrong.
#[derive(Debug, thiserror::Error)]
pub enum RuleError {
    /// Not valid YAML of the rule shape.
    #[error("{path}: {message}")]
    Parse {
        /// The rule file.
        path: String,
        /// The parser's message.
        message: String,
    },
    /// Breaks a rule invariant.
    #[error("{path}: {message}")]
    Invalid {
        /// The rule file.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// A `--rules` folder cannot be read.
    #[error("cannot read rules from {path}: {message}")]
    Io {
        /// The folder.
        path: String,
        /// Why.
        message: String,
    },
}

/// What a rule matches.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatchSpec {
    /// Callees, as dotted paths matched on segment boundaries from the end (`Cipher.getInstance`
    /// matches `javax.crypto.Cipher.getInstance`); constructors are matched by their type name. A
    /// final `*` matches any last segment (`EVP_aes_*`).
    #[serde(default)]
    pub calls: Vec<String>,
    /// References to names that are not calls (constants, types, enum members), same syntax.
    #[serde(default)]
    pub references: Vec<String>,
    /// A tree-sitter query file beside the rule, for shapes calls and references cannot express; its
    /// `@match` capture is the occurrence, other captures are named by `capture:` below.
    pub query: Option<String>,
}

/// Where a value is taken from.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ValueSpec {
    /// The n-th argument of the call (0-based).
    pub argument: Option<usize>,
    /// A property (option object key, keyword argument, named argument) inside that argument, or
    /// among all arguments when no argument is given.
    pub property: Option<String>,
    /// Take the last segment of the callee (of the call itself, or of the argument when it is a call
    /// or a reference itself): `algorithms.AES(key)` gives `AES`.
    #[serde(default)]
    pub callee: bool,
    /// The segment before the method: of the call itself with no `argument` (`AESEngine` in
    /// `AESEngine.newInstance()`), or of the argument when it is a call.
    #[serde(default)]
    pub receiver: bool,
    /// A capture of the rule's query.
    pub capture: Option<String>,
    /// The matched reference itself (its last segment).
    #[serde(default)]
    pub reference: bool,
    /// The matched call's callee, after the alias map (all of it).
    #[serde(default)]
    pub qualified: bool,
    /// When the value is a call or constructor (`new ECGenParameterSpec("secp256r1")`, possibly
    /// through a variable), its n-th argument instead.
    pub inner: Option<usize>,
    /// A keyword or named argument (`key_size=2048`, `keySize: 2048`): with `argument`, used when
    /// there is no such positional argument (Python passes most parameters either way).
    pub keyword: Option<String>,
    /// Values renamed (compared case-insensitively) after `strip`: `{ NewGCM: GCM }`.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// A fixed value, when the API itself fixes it (`GCMBlockCipher` is GCM); after other places in
    /// a list, a documented default used when the code gives none.
    pub value: Option<String>,
    /// Prefixes and suffixes removed from a text value (`SHA256Digest` with `Digest` is `SHA256`).
    #[serde(default)]
    pub strip: Vec<String>,
}

/// How a value names an algorithm.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// A registry name or alias.
    #[default]
    Plain,
    /// A JCA transformation `ALG[/MODE[/PADDING]]` (a bare algorithm means ECB, as SunJCE decides).
    JcaTransformation,
    /// An OpenSSL cipher or digest name (`aes-256-cbc`, `des-ede3-cbc`, `sha256`).
    Openssl,
}

/// How a rule names the algorithm.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlgorithmSpec {
    /// A fixed registry name.
    pub name: Option<String>,
    /// Where the name comes from in the code (several places: the first that gives text wins).
    pub from: Option<ValueSpecs>,
    /// How to read it.
    #[serde(default)]
    pub format: Format,
    /// Prefixes to strip from the value before lookup (`NID_X9_62_`, `TLS_`).
    #[serde(default)]
    pub strip: Vec<String>,
    /// Values renamed before lookup (`HS256: HMAC-SHA-256`), compared case-insensitively.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
}

/// The parameters a rule reads from the code.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParameterSpecs {
    /// Key size in bits (modulus, symmetric key length).
    #[serde(default)]
    pub size: ValueSpecs,
    /// Key size in bytes (converted to bits).
    #[serde(default)]
    pub size_bytes: ValueSpecs,
    /// Elliptic curve name.
    #[serde(default)]
    pub curve: ValueSpecs,
    /// Iteration count of a KDF.
    #[serde(default)]
    pub iterations: ValueSpecs,
    /// Block cipher mode.
    #[serde(default)]
    pub mode: ValueSpecs,
    /// Hash used by the algorithm (PBKDF2, HKDF, OAEP, signatures).
    #[serde(default)]
    pub hash: ValueSpecs,
    /// A value naming the whole algorithm or its parameter set (`NamedParameterSpec.ML_KEM_768`):
    /// when the registry knows it, it replaces the algorithm the rule named.
    #[serde(default)]
    pub variant: ValueSpecs,
}

/// One place to read a parameter from, or several tried in order (the first that gives a value of
/// the parameter's type wins: a number for sizes and iterations, text for the others).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(from = "OneOrMany")]
pub struct ValueSpecs(pub Vec<ValueSpec>);

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(ValueSpec),
    Many(Vec<ValueSpec>),
}

impl From<OneOrMany> for ValueSpecs {
    fn from(value: OneOrMany) -> Self {
        match value {
            OneOrMany::One(spec) => ValueSpecs(vec![spec]),
            OneOrMany::Many(specs) => ValueSpecs(specs),
        }
    }
}

/// One rule, as written.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Stable kebab-case id, equal to the file name: `<language>-<library>-<what>`.
    pub id: String,
    /// The language folder it belongs to.
    pub language: String,
    /// What the rule finds, in a sentence.
    pub description: String,
    /// What it matches.
    #[serde(rename = "match")]
    pub pattern: MatchSpec,
    /// How the algorithm is named; absent for modifier rules.
    pub algorithm: Option<AlgorithmSpec>,
    /// Parameters read from the code.
    #[serde(default)]
    pub parameters: ParameterSpecs,
    /// `receiver`: the rule adds its parameters to the finding held by the call's receiver variable
    /// (`kpg.initialize(2048)` sizes the `KeyPairGenerator` found earlier) instead of a new finding.
    pub modifies: Option<String>,
    /// For a modifier rule: the ids of the rules whose findings it completes.
    #[serde(default)]
    pub after: Vec<String>,
    /// The crypto function (`encrypt`, `digest`, `keygen`, ...).
    pub function: Option<String>,
    /// Words that must occur in a file for the rule to be worth parsing it (default: the last segment
    /// of every call and reference).
    #[serde(default)]
    pub prefilter: Vec<String>,
    /// A reason shown with every finding (for findings that are not about an algorithm's strength,
    /// such as a non-cryptographic random generator).
    pub reason: Option<String>,
    /// The query text, when `match.query` names one (filled in by the loader).
    #[serde(skip)]
    pub query_source: Option<String>,
}

impl Rule {
    /// The prefilter words: given ones, or the last segment of each call and reference.
    pub fn prefilter_words(&self) -> Vec<String> {
        if !self.prefilter.is_empty() {
            return self.prefilter.clone();
        }
        // Every segment of a matched path occurs in the file (as written, or in the import that
        // qualifies it), so any one can stand for the pattern: the longest that is not a generic
        // method name (`Cipher`, not `getInstance`; `Aes256Gcm`, not `new`).
        self.pattern
            .calls
            .iter()
            .chain(&self.pattern.references)
            .filter_map(|pattern| {
                let segments: Vec<&str> = pattern
                    .trim_start_matches('^')
                    .split(['.', '/', ':'])
                    .map(|s| s.trim_end_matches('*'))
                    .filter(|s| !s.is_empty())
                    .collect();
                let specific = segments
                    .iter()
                    .filter(|s| !GENERIC_SEGMENTS.contains(*s))
                    .max_by_key(|s| s.len());
                let word = specific.or_else(|| segments.iter().max_by_key(|s| s.len()))?;
                Some((*word).to_owned())
            })
            .collect()
    }
}

/// The rules and language queries of every language.
#[derive(Clone, Debug, Default)]
pub struct RuleSet {
    /// Rules by language.
    pub rules: BTreeMap<String, Vec<Rule>>,
    /// The `language.scm` queries by language.
    pub language_queries: BTreeMap<String, String>,
    /// The language folders rules were added to from `--rules` folders (compiled before the scan,
    /// so their mistakes stop it at once; built-in ones compile on first use).
    pub added_languages: Vec<String>,
}

fn invalid(path: &str, message: impl Into<String>) -> RuleError {
    RuleError::Invalid {
        path: path.to_owned(),
        message: message.into(),
    }
}

/// Checks a parsed rule against its file name and the invariants.
fn validate(rule: &Rule, path: &str) -> Result<(), RuleError> {
    let stem = Path::new(path)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if rule.id != stem {
        return Err(invalid(
            path,
            format!("id `{}` differs from the file name `{stem}`", rule.id),
        ));
    }
    if !rule.id.starts_with(&format!("{}-", rule.language)) {
        return Err(invalid(path, "ids read <language>-<library>-<what>"));
    }
    if !rule
        .id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(invalid(path, "ids are kebab-case"));
    }
    let folder = path.split('/').next().unwrap_or_default();
    if rule.language != folder || !LANGUAGES.contains(&folder) {
        return Err(invalid(
            path,
            format!("language `{}` must be its folder", rule.language),
        ));
    }
    let spec = &rule.pattern;
    if spec.calls.is_empty() && spec.references.is_empty() && spec.query.is_none() {
        return Err(invalid(path, "match needs calls, references or a query"));
    }
    match (&rule.algorithm, rule.modifies.as_deref()) {
        (None, Some("receiver")) => {
            if rule.after.is_empty() {
                return Err(invalid(
                    path,
                    "a modifier rule names the rules it completes in `after`",
                ));
            }
        }
        (Some(algorithm), None) => {
            if algorithm.name.is_none() == algorithm.from.is_none() {
                return Err(invalid(
                    path,
                    "algorithm needs exactly one of name and from",
                ));
            }
            if !rule.after.is_empty() {
                return Err(invalid(path, "only modifier rules have `after`"));
            }
        }
        (_, Some(other)) if other != "receiver" => {
            return Err(invalid(path, "modifies can only be `receiver`"));
        }
        _ => {
            return Err(invalid(
                path,
                "a rule either names an algorithm or modifies its receiver's",
            ));
        }
    }
    if let Some(function) = &rule.function
        && !FUNCTIONS.contains(&function.as_str())
    {
        return Err(invalid(path, format!("unknown function `{function}`")));
    }
    if rule.prefilter_words().is_empty() {
        return Err(invalid(
            path,
            "no prefilter words (give `prefilter:` for query rules)",
        ));
    }
    Ok(())
}

impl RuleSet {
    /// The rules compiled into the binary.
    pub fn builtin() -> Result<RuleSet, RuleError> {
        let files: Vec<(String, String)> = EMBEDDED_RULE_FILES
            .iter()
            .map(|(path, text)| ((*path).to_owned(), (*text).to_owned()))
            .collect();
        RuleSet::from_files(&files)
    }

    /// The built-in `language.scm` queries alone, with no rules (to test a folder of rules).
    pub fn builtin_languages() -> RuleSet {
        let language_queries = EMBEDDED_RULE_FILES
            .iter()
            .filter_map(|(path, text)| {
                let language = path.strip_suffix("/language.scm")?;
                Some((language.to_owned(), (*text).to_owned()))
            })
            .collect();
        RuleSet {
            rules: BTreeMap::new(),
            language_queries,
            added_languages: Vec::new(),
        }
    }

    /// Builds a rule set from (path relative to `rules/`, contents) pairs.
    pub fn from_files(files: &[(String, String)]) -> Result<RuleSet, RuleError> {
        let mut set = RuleSet::default();
        set.add_files(files)?;
        Ok(set)
    }

    /// Adds rule files. A rule whose id exists already replaces it, and a `language.scm` the
    /// language's query (so `--rules DIR` can adjust a built-in rule); within one folder ids are
    /// file names, so they cannot repeat.
    pub fn add_files(&mut self, files: &[(String, String)]) -> Result<(), RuleError> {
        let queries: BTreeMap<&str, &str> = files
            .iter()
            .filter(|(path, _)| path.ends_with(".scm"))
            .map(|(path, text)| (path.as_str(), text.as_str()))
            .collect();
        for (path, text) in files {
            let Some(folder) = path.split('/').next() else {
                continue;
            };
            if !LANGUAGES.contains(&folder) {
                continue;
            }
            if path.ends_with("/language.scm") {
                self.language_queries
                    .insert(folder.to_owned(), text.clone());
                continue;
            }
            if !path.ends_with(".yaml") {
                continue;
            }
            let mut rule: Rule = serde_saphyr::from_str(text).map_err(|e| RuleError::Parse {
                path: path.clone(),
                message: e.to_string(),
            })?;
            validate(&rule, path)?;
            if let Some(query) = &rule.pattern.query {
                let query_path = format!("{folder}/{query}");
                let source = queries
                    .get(query_path.as_str())
                    .ok_or_else(|| invalid(path, format!("query file {query_path} is missing")))?;
                rule.query_source = Some((*source).to_owned());
            }
            let rules = self.rules.entry(folder.to_owned()).or_default();
            match rules.iter_mut().find(|r| r.id == rule.id) {
                Some(existing) => *existing = rule,
                None => rules.push(rule),
            }
        }
        Ok(())
    }

    /// Adds the rules of a folder laid out like `rules/` (`--rules DIR`).
    pub fn add_directory(&mut self, root: &Path) -> Result<(), RuleError> {
        self.add_languages(root, &[])
    }

    /// Adds the rules of some language folders of a folder laid out like `rules/` (all when `only`
    /// is empty).
    pub fn add_languages(&mut self, root: &Path, only: &[String]) -> Result<(), RuleError> {
        let mut files = Vec::new();
        for language in LANGUAGES
            .iter()
            .filter(|l| only.is_empty() || only.iter().any(|o| o == *l))
        {
            let dir = root.join(language);
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                    continue;
                };
                if name.ends_with(".yaml") || name.ends_with(".scm") {
                    let text = std::fs::read_to_string(&path).map_err(|e| RuleError::Io {
                        path: path.display().to_string(),
                        message: e.to_string(),
                    })?;
                    files.push((format!("{language}/{name}"), text));
                }
            }
        }
        if files.is_empty() {
            return Err(RuleError::Io {
                path: root.display().to_string(),
                message: "no rules found (expected <language>/<rule-id>.yaml)".to_owned(),
            });
        }
        // Language queries come from the built-in set; a folder of extra rules needs none.
        files.sort();
        self.add_files(&files)?;
        for (path, _) in &files {
            if let Some(folder) = path.split('/').next()
                && !self.added_languages.iter().any(|l| l == folder)
            {
                self.added_languages.push(folder.to_owned());
            }
        }
        Ok(())
    }

    /// Every rule, in language and file order.
    pub fn all(&self) -> impl Iterator<Item = &Rule> {
        self.rules.values().flatten()
    }

    /// Number of rules.
    pub fn len(&self) -> usize {
        self.rules.values().map(Vec::len).sum()
    }

    /// Whether there are no rules.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(yaml: &str) -> Result<RuleSet, RuleError> {
        RuleSet::from_files(&[("java/java-test-rule.yaml".to_owned(), yaml.to_owned())])
    }

    #[test]
    fn the_builtin_rules_load() {
        let set = RuleSet::builtin().unwrap_or_else(|e| panic!("{e}"));
        assert!(!set.is_empty());
        for language in set.rules.keys() {
            assert!(
                set.language_queries.contains_key(language),
                "{language} has no language.scm"
            );
        }
    }

    #[test]
    fn rules_are_validated() {
        let good = "id: java-test-rule\nlanguage: java\ndescription: d\nmatch:\n  calls: [\"Cipher.getInstance\"]\nalgorithm:\n  from: { argument: 0 }\n  format: jca-transformation\nfunction: encrypt\n";
        let set = check(good).unwrap_or_else(|e| panic!("{e}"));
        let rule = set.all().next().unwrap_or_else(|| panic!("rule"));
        assert_eq!(rule.prefilter_words(), vec!["Cipher".to_owned()]);
        assert!(matches!(
            check(&good.replace("id: java-test-rule", "id: java-other")),
            Err(RuleError::Invalid { .. })
        ));
        assert!(matches!(
            check(&good.replace("function: encrypt", "function: scramble")),
            Err(RuleError::Invalid { .. })
        ));
        assert!(matches!(
            check(&good.replace("format: jca-transformation", "format: morse")),
            Err(RuleError::Parse { .. })
        ));
        assert!(matches!(
            check(&good.replace("description: d", "description: d\nseverity: high")),
            Err(RuleError::Parse { .. })
        ));
        let both = good.replace(
            "  from: { argument: 0 }",
            "  from: { argument: 0 }\n  name: AES",
        );
        assert!(matches!(check(&both), Err(RuleError::Invalid { .. })));
    }
}
