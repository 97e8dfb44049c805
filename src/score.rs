//! The quantum-readiness scoring model, version 1, as pure functions over an inventory.
//!
//! Every asset gets a class by the first matching rule (R0 unknown, R1 broken classically, R2
//! quantum-vulnerable, R3 quantum-safe, R4 quantum-weakened), points for its class and a weight for its
//! role (key establishment 3, authentication 2, everything else 1). The scan's score is the weighted
//! mean, capped by its worst link: 39 with any classically broken asset, 69 with quantum-vulnerable key
//! establishment, 89 with quantum-vulnerable signatures or certificates. The README documents the model
//! with its citations and the worked example that the tests below reproduce.
//!
//! Time matters: after 2030-12-31 the 112-bit tier (RSA-2048, P-224, FFDH-2048) scores 5 and SHA-1 and
//! the SHA-224 class count as broken; after 2035-12-31 everything quantum-vulnerable counts as broken.

use std::collections::{BTreeMap, BTreeSet};

use crate::inventory::{Inventory, InventoryAsset};
use crate::model::{
    Algorithm, AlgorithmClass, AssetBody, AssetId, Certificate, Key, Primitive, Weakness,
};
use crate::registry::normalise;

/// The model version written into every report.
pub const MODEL_VERSION: &str = "1";

/// 2030-12-31T23:59:59Z: end of the 112-bit tier (NIST IR 8547 ipd; SP 800-131A r3 ipd).
pub const END_OF_2030: i64 = 1_924_991_999;

/// 2035-12-31T23:59:59Z: end of quantum-vulnerable public-key cryptography (NIST IR 8547 ipd, NSM-10).
pub const END_OF_2035: i64 = 2_082_758_399;

/// Where the model's classes come from.
const CITE_R0: &str =
    "cryptoscope scoring model v1, R0: unresolved algorithms are never counted safe";
const CITE_R1: &str = "NIST SP 800-57 Pt1 r5 Tables 2-3; NIST SP 800-131A r2";
const CITE_R2: &str = "NIST IR 8547 ipd (2024) Tables 2 and 4 (Shor's algorithm)";
const CITE_R3: &str = "FIPS 203/204/205; SP 800-208; NIST PQC security categories";
const CITE_R4: &str = "NIST PQC security categories (below category 1)";
const CITE_WEAK_KEYS: &str = "Heninger et al., Mining Your Ps and Qs (USENIX Security 2012); Nemec et al., ROCA (CCS 2017, CVE-2017-15361)";
const CITE_2030: &str =
    "NIST IR 8547 ipd (2024): 112-bit security deprecated after 2030; SP 800-131A r3 ipd";
const CITE_2035: &str =
    "NIST IR 8547 ipd (2024): quantum-vulnerable algorithms disallowed after 2035";

/// The built-in policy files (`rules/policies/`).
const BUILTIN_POLICIES: [(&str, &str); 3] = [
    ("nist", include_str!("../rules/policies/nist.toml")),
    ("cnsa2", include_str!("../rules/policies/cnsa2.toml")),
    ("eu", include_str!("../rules/policies/eu.toml")),
];

/// A policy file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    /// Neither a built-in name nor a readable file.
    #[error("policy `{0}`: not a built-in policy (nist, cnsa2, eu) nor a readable file: {1}")]
    Unknown(String, std::io::Error),
    /// Not the documented format.
    #[error("policy `{0}`: {1}")]
    Invalid(String, String),
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicySpec {
    id: String,
    name: String,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    rule: Vec<RuleSpec>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    #[serde(rename = "match")]
    matches: Vec<String>,
    #[serde(default)]
    below_bits: Option<u16>,
    #[serde(default)]
    after: Option<String>,
    class: String,
    reason: String,
}

/// What a policy rule matches.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Matcher {
    Name(String),
    Family(String),
    Primitive(Primitive),
    Class(Class),
    Any,
}

/// One rule of a policy.
#[derive(Clone, Debug, PartialEq, Eq)]
struct PolicyRule {
    matchers: Vec<Matcher>,
    below_bits: Option<u16>,
    after: Option<i64>,
    class: Class,
    reason: String,
}

/// A scoring profile: the model plus a policy's rules (`rules/policies/*.toml` or a user's file).
#[derive(Debug, PartialEq, Eq)]
pub struct Profile {
    /// Short id, written as the profile.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Citations for its rules.
    pub sources: Vec<String>,
    rules: Vec<PolicyRule>,
}

impl Profile {
    /// The profile's id.
    pub fn as_str(&self) -> &str {
        &self.id
    }

    /// The default profile (`nist`).
    pub fn nist() -> &'static Profile {
        Profile::builtin("nist").unwrap_or_else(|| unreachable!("nist is built in"))
    }

    /// A built-in profile by id.
    pub fn builtin(id: &str) -> Option<&'static Profile> {
        static PROFILES: std::sync::OnceLock<Vec<Profile>> = std::sync::OnceLock::new();
        PROFILES
            .get_or_init(|| {
                BUILTIN_POLICIES
                    .iter()
                    .filter_map(|(name, text)| Profile::parse(name, text).ok())
                    .collect()
            })
            .iter()
            .find(|p| p.id == id)
    }

    /// A built-in profile by id, or a policy file by path (kept for the process's life).
    pub fn named(name_or_path: &str) -> Result<&'static Profile, PolicyError> {
        if let Some(profile) = Profile::builtin(name_or_path) {
            return Ok(profile);
        }
        let text = std::fs::read_to_string(name_or_path)
            .map_err(|e| PolicyError::Unknown(name_or_path.to_owned(), e))?;
        let profile = Profile::parse(name_or_path, &text)?;
        Ok(Box::leak(Box::new(profile)))
    }

    /// Parses a policy file.
    pub fn parse(origin: &str, text: &str) -> Result<Profile, PolicyError> {
        let invalid = |message: String| PolicyError::Invalid(origin.to_owned(), message);
        let spec: PolicySpec = toml::from_str(text).map_err(|e| invalid(e.to_string()))?;
        let mut rules = Vec::new();
        for (index, rule) in spec.rule.into_iter().enumerate() {
            let number = index + 1;
            let class = Class::ALL
                .iter()
                .find(|(_, name)| *name == rule.class)
                .map(|(c, _)| *c)
                .ok_or_else(|| invalid(format!("rule {number}: unknown class `{}`", rule.class)))?;
            let mut matchers = Vec::new();
            for term in &rule.matches {
                matchers.push(match term.split_once(':') {
                    Some(("family", family)) => Matcher::Family(normalise(family)),
                    Some(("primitive", primitive)) => {
                        Matcher::Primitive(Primitive::parse(primitive).ok_or_else(|| {
                            invalid(format!("rule {number}: unknown primitive `{primitive}`"))
                        })?)
                    }
                    Some(("class", class)) => Matcher::Class(
                        Class::ALL
                            .iter()
                            .find(|(_, name)| *name == class)
                            .map(|(c, _)| *c)
                            .ok_or_else(|| {
                                invalid(format!("rule {number}: unknown class `{class}`"))
                            })?,
                    ),
                    _ if term == "*" => Matcher::Any,
                    _ => Matcher::Name(normalise(term)),
                });
            }
            if matchers.is_empty() || rule.reason.trim().is_empty() {
                return Err(invalid(format!(
                    "rule {number} needs `match` terms and a `reason`"
                )));
            }
            let after = match &rule.after {
                Some(date) => Some(
                    crate::config::parse_date(date)
                        .map_err(|e| invalid(format!("rule {number}: {e}")))?,
                ),
                None => None,
            };
            rules.push(PolicyRule {
                matchers,
                below_bits: rule.below_bits,
                after,
                class,
                reason: rule.reason,
            });
        }
        Ok(Profile {
            id: spec.id,
            name: spec.name,
            sources: spec.sources,
            rules,
        })
    }

    /// The first rule that applies to an algorithm the model classed `model_class`.
    fn rule_for(
        &self,
        algorithm: &Algorithm,
        model_class: Class,
        as_of: i64,
    ) -> Option<&PolicyRule> {
        let name = normalise(&algorithm.name);
        let family = algorithm.family.as_deref().map(normalise);
        let leading = normalise(algorithm.name.split('-').next().unwrap_or_default());
        self.rules.iter().find(|rule| {
            let matched = rule.matchers.iter().any(|m| match m {
                Matcher::Name(n) => *n == name,
                Matcher::Family(f) => family.as_deref() == Some(f.as_str()) || *f == leading,
                Matcher::Primitive(p) => *p == algorithm.primitive,
                Matcher::Class(c) => *c == model_class,
                Matcher::Any => true,
            });
            matched
                && rule.after.is_none_or(|after| as_of > after)
                && rule
                    .below_bits
                    .is_none_or(|bits| algorithm.classical_bits.is_some_and(|b| b < bits))
        })
    }
}

/// What the score is judged against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    /// The profile.
    pub profile: &'static Profile,
    /// The moment the transitions are applied for, seconds since the Unix epoch.
    pub as_of: i64,
}

/// An asset's class, including unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// Classically broken or disallowed.
    BrokenClassically,
    /// Broken by a quantum computer.
    QuantumVulnerable,
    /// Not resolved.
    Unknown,
    /// Below NIST PQC category 1.
    QuantumWeakened,
    /// NIST PQC category 1 or above.
    QuantumSafe,
}

impl Class {
    /// Every class with its name, worst first.
    pub const ALL: [(Class, &'static str); 5] = [
        (Class::BrokenClassically, "broken-classically"),
        (Class::QuantumVulnerable, "quantum-vulnerable"),
        (Class::Unknown, "unknown"),
        (Class::QuantumWeakened, "quantum-weakened"),
        (Class::QuantumSafe, "quantum-safe"),
    ];

    /// The class name.
    pub fn as_str(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(c, _)| *c == self)
            .map_or("unknown", |(_, n)| n)
    }
}

/// The verdict on one asset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// The class.
    pub class: Class,
    /// The rule that decided it (`R0`..`R4`).
    pub rule: &'static str,
    /// `v112` for quantum-vulnerable assets at exactly 112 bits, `unknown-size` when the size is
    /// unknown.
    pub tier: Option<&'static str>,
    /// Points for the class (0-100).
    pub points: u8,
    /// Weight of the asset's role (1-3).
    pub weight: u8,
    /// Why, in a sentence.
    pub reason: String,
    /// Where the rule and the facts come from.
    pub citation: String,
    /// What to migrate to.
    pub replace_with: Option<String>,
    /// `2030` or `2035` when a certificate's validity outlives that deadline for its key.
    pub outlives_deadline: Option<&'static str>,
}

/// Quantum-readiness band of a score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    /// 90-100.
    QuantumReady,
    /// 70-89.
    Transitioning,
    /// 40-69.
    AtRisk,
    /// 0-39.
    Critical,
}

impl Band {
    /// The band of a score.
    pub fn of(score: u8) -> Band {
        match score {
            90.. => Band::QuantumReady,
            70..=89 => Band::Transitioning,
            40..=69 => Band::AtRisk,
            _ => Band::Critical,
        }
    }

    /// The band's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Band::QuantumReady => "quantum-ready",
            Band::Transitioning => "transitioning",
            Band::AtRisk => "at-risk",
            Band::Critical => "critical",
        }
    }
}

/// The score of a whole scan.
#[derive(Clone, Debug, PartialEq)]
pub struct Score {
    /// Weighted mean of points before the cap.
    pub raw: f64,
    /// The worst-link cap (39, 69, 89 or 100).
    pub cap: u8,
    /// Why the cap applies, naming the assets.
    pub cap_reason: Option<String>,
    /// The final score, rounded.
    pub value: u8,
    /// Its band.
    pub band: Band,
}

/// The verdicts on every asset and the overall score.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    /// One verdict per asset.
    pub verdicts: BTreeMap<AssetId, Verdict>,
    /// The score; `None` when no cryptographic asset in use was found.
    pub score: Option<Score>,
    /// Assets classified but not scored: seen only as provided by a library file.
    pub provided_only: usize,
    /// Assets classified but not scored: every occurrence in use is suppressed.
    pub suppressed_only: usize,
    /// Share of assets that are not unknown (1.0 with no assets).
    pub coverage: f64,
    /// The policy applied.
    pub policy: Policy,
}

/// Role weight of a primitive.
fn weight_of(primitive: Primitive) -> u8 {
    match primitive {
        Primitive::Pke | Primitive::KeyAgree | Primitive::Kem | Primitive::Protocol => 3,
        Primitive::Signature => 2,
        _ => 1,
    }
}

/// Points of a class in its tier at a given time.
fn points_of(class: Class, tier: Option<&str>, as_of: i64) -> u8 {
    match class {
        Class::QuantumSafe => 100,
        Class::QuantumWeakened => 60,
        Class::Unknown => 50,
        Class::BrokenClassically => 0,
        Class::QuantumVulnerable => match tier {
            Some("v112") if as_of > END_OF_2030 => 5,
            Some(_) => 15,
            None => 25,
        },
    }
}

/// Whether a canonical name uses SHA-1 (retired by NIST after 2030).
fn uses_sha1(name: &str) -> bool {
    name.split(['-', '_', '/'])
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| w == ["SHA", "1"])
}

fn verdict(
    class: Class,
    rule: &'static str,
    tier: Option<&'static str>,
    algorithm: &Algorithm,
    policy: &Policy,
) -> Verdict {
    let (reason, model_citation) = match rule {
        "R0" => (
            match &algorithm.oid {
                Some(oid) => format!("algorithm {oid} is not in the registry"),
                None => format!("algorithm {} is not in the registry", algorithm.name),
            },
            CITE_R0,
        ),
        "R1" => (
            match algorithm.classical_bits {
                Some(bits) if bits < 112 => format!(
                    "{} has {bits}-bit classical security, below 112",
                    algorithm.name
                ),
                _ => format!("{} is broken or disallowed classically", algorithm.name),
            },
            CITE_R1,
        ),
        "R2" => (
            format!(
                "{} rests on factoring or discrete logarithms, which Shor's algorithm breaks",
                algorithm.name
            ),
            CITE_R2,
        ),
        "R3" => (
            match algorithm.quantum_level {
                Some(level) => format!(
                    "{} meets NIST post-quantum category {level}",
                    algorithm.name
                ),
                None => format!("{} is quantum-safe", algorithm.name),
            },
            CITE_R3,
        ),
        _ => (
            format!("{} is below NIST post-quantum category 1", algorithm.name),
            CITE_R4,
        ),
    };
    let citation = match &algorithm.source {
        Some(source) => format!("{model_citation}; {source}"),
        None => model_citation.to_owned(),
    };
    Verdict {
        class,
        rule,
        tier,
        points: points_of(class, tier, policy.as_of),
        weight: weight_of(algorithm.primitive),
        reason,
        citation,
        // Quantum-safe entries carry a hint only when they should still move (pre-standard drafts).
        replace_with: algorithm.replace_with.clone(),
        outlives_deadline: None,
    }
}

/// Classifies one algorithm (rules R0-R4 with the time-aware transitions).
pub fn classify_algorithm(algorithm: &Algorithm, policy: &Policy) -> Verdict {
    let Some(class) = algorithm.class else {
        return verdict(Class::Unknown, "R0", None, algorithm, policy);
    };
    let after_2030 = policy.as_of > END_OF_2030;
    let after_2035 = policy.as_of > END_OF_2035;
    let weak_bits = algorithm.classical_bits.is_some_and(|b| b < 112);
    let mut result = match class {
        AlgorithmClass::BrokenClassically => {
            verdict(Class::BrokenClassically, "R1", None, algorithm, policy)
        }
        _ if weak_bits => verdict(Class::BrokenClassically, "R1", None, algorithm, policy),
        AlgorithmClass::QuantumVulnerable => {
            let tier = match algorithm.classical_bits {
                None => Some("unknown-size"),
                Some(bits) if bits < 128 => Some("v112"),
                Some(_) => None,
            };
            verdict(Class::QuantumVulnerable, "R2", tier, algorithm, policy)
        }
        AlgorithmClass::QuantumSafe => verdict(Class::QuantumSafe, "R3", None, algorithm, policy),
        AlgorithmClass::QuantumWeakened => {
            verdict(Class::QuantumWeakened, "R4", None, algorithm, policy)
        }
    };
    let retired_in_2030 = uses_sha1(&algorithm.name)
        || (result.class == Class::QuantumWeakened
            && algorithm.classical_bits.is_some_and(|b| b <= 112));
    if after_2030 && retired_in_2030 && result.class != Class::BrokenClassically {
        result.class = Class::BrokenClassically;
        result.rule = "R1";
        result.points = 0;
        result.reason = format!("{} is retired after 2030-12-31", algorithm.name);
        result.citation = format!("{CITE_2030}; {}", result.citation);
    }
    if after_2035 && result.class == Class::QuantumVulnerable {
        result.class = Class::BrokenClassically;
        result.rule = "R1";
        result.points = 0;
        result.reason = format!("{} is disallowed after 2035-12-31", algorithm.name);
        result.citation = format!("{CITE_2035}; {}", result.citation);
    }
    if let Some(rule) = policy
        .profile
        .rule_for(algorithm, result.class, policy.as_of)
    {
        let tier = (rule.class == Class::QuantumVulnerable)
            .then_some(result.tier)
            .flatten();
        result.class = rule.class;
        result.rule = "P";
        result.tier = tier;
        result.points = points_of(rule.class, tier, policy.as_of);
        result.reason = format!(
            "{} ({}): {}",
            algorithm.name, policy.profile.name, rule.reason
        );
        result.citation = format!("{}; {}", policy.profile.sources.join("; "), result.citation);
    }
    result
}

/// Orders verdicts from worst to best: by class, then by points.
fn severity(verdict: &Verdict) -> (Class, u8) {
    (verdict.class, verdict.points)
}

/// A certificate takes the worse of its signature algorithm and its subject key, with weight 2, and
/// is flagged when its validity outlives the deadline for its key.
fn classify_certificate(
    certificate: &Certificate,
    verdicts: &BTreeMap<AssetId, Verdict>,
    key_algorithm: Option<&Verdict>,
) -> Option<Verdict> {
    let signature = verdicts.get(&certificate.signature_algorithm)?;
    let key = key_algorithm?;
    let worse = if severity(key) <= severity(signature) {
        key
    } else {
        signature
    };
    let mut result = worse.clone();
    result.weight = 2;
    result.reason = format!("worse of signature and key: {}", worse.reason);
    result.outlives_deadline = match key.class {
        Class::QuantumVulnerable
            if key.tier == Some("v112") && certificate.not_after > END_OF_2030 =>
        {
            Some("2030")
        }
        Class::QuantumVulnerable if certificate.not_after > END_OF_2035 => Some("2035"),
        _ => None,
    };
    Some(result)
}

/// Names up to three distinct assets and counts the rest (an algorithm found in two roles is one name).
fn name_some(names: &[String]) -> String {
    let mut seen = std::collections::HashSet::new();
    let distinct: Vec<&String> = names
        .iter()
        .filter(|name| seen.insert(name.as_str()))
        .collect();
    let mut shown = distinct
        .iter()
        .take(3)
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if distinct.len() > 3 {
        shown.push_str(&format!(" and {} more", distinct.len() - 3));
    }
    shown
}

/// A short human name for an asset, used in cap reasons.
pub fn asset_label(item: &InventoryAsset) -> String {
    match &item.asset.body {
        AssetBody::Algorithm(a) => a.name.clone(),
        AssetBody::Certificate(c) => format!("certificate {}", c.subject),
        AssetBody::Key(k) => format!(
            "{} {}",
            k.kind.as_str(),
            k.fingerprint.get(..16).unwrap_or_default()
        ),
        AssetBody::Library(l) => format!("library {}", l.name),
    }
}

/// A key takes its algorithm's verdict at its own size; a weakness of the key itself (a shared prime,
/// ROCA, an even modulus, exponent 1) makes it broken; a key whose algorithm is hidden by encryption
/// is unknown.
fn classify_key(key: &Key, algorithm: Option<&Verdict>) -> Verdict {
    let mut result = match algorithm {
        Some(verdict) => verdict.clone(),
        None => Verdict {
            class: Class::Unknown,
            rule: "R0",
            tier: None,
            points: 50,
            weight: 1,
            reason: "the key's algorithm cannot be read without its password".to_owned(),
            citation: CITE_R0.to_owned(),
            replace_with: None,
            outlives_deadline: None,
        },
    };
    let breaking: Vec<String> = key
        .weaknesses
        .iter()
        .filter(|w| w.is_breaking())
        .map(Weakness::describe)
        .collect();
    if !breaking.is_empty() {
        result.class = Class::BrokenClassically;
        result.rule = "R1";
        result.tier = None;
        result.points = 0;
        result.reason = format!("this key {}", breaking.join("; "));
        result.citation = format!("{CITE_WEAK_KEYS}; {}", result.citation);
    }
    result
}

/// Scores an inventory under a policy.
pub fn assess(inventory: &Inventory, policy: &Policy) -> Assessment {
    let mut verdicts = BTreeMap::new();
    // Algorithms first: keys are judged by theirs, certificates by their key and signature.
    for item in &inventory.assets {
        if let AssetBody::Algorithm(algorithm) = &item.asset.body {
            verdicts.insert(item.asset.id.clone(), classify_algorithm(algorithm, policy));
        }
    }
    for item in &inventory.assets {
        if let AssetBody::Key(key) = &item.asset.body {
            let algorithm = key.algorithm.as_ref().and_then(|id| verdicts.get(id));
            let verdict = classify_key(key, algorithm);
            verdicts.insert(item.asset.id.clone(), verdict);
        }
    }
    for item in &inventory.assets {
        if let AssetBody::Certificate(certificate) = &item.asset.body {
            let key = verdicts.get(&certificate.public_key);
            if let Some(verdict) = classify_certificate(certificate, &verdicts, key) {
                verdicts.insert(item.asset.id.clone(), verdict);
            }
        }
    }

    // An asset seen only as provided (an algorithm a library file exports) is inventoried and
    // classified, but it is what the estate could use, not what it uses: it does not count.
    // Likewise an asset whose every occurrence is suppressed with a reason.
    let in_use: BTreeSet<&AssetId> = inventory
        .assets
        .iter()
        .filter(|item| {
            item.occurrences
                .iter()
                .any(|o| !o.provided && o.suppressed.is_none())
        })
        .map(|item| &item.asset.id)
        .collect();
    let suppressed_only = inventory
        .assets
        .iter()
        .filter(|item| {
            verdicts.contains_key(&item.asset.id)
                && !in_use.contains(&item.asset.id)
                && item.occurrences.iter().any(|o| !o.provided)
        })
        .count();
    let counted: BTreeMap<&AssetId, &Verdict> = verdicts
        .iter()
        .filter(|(id, _)| in_use.contains(id))
        .collect();
    let total = counted.len();
    let known = counted
        .values()
        .filter(|v| v.class != Class::Unknown)
        .count();
    let coverage = if total == 0 {
        1.0
    } else {
        known as f64 / total as f64
    };
    let score = (total > 0).then(|| {
        let weights: u32 = counted.values().map(|v| u32::from(v.weight)).sum();
        let points: u32 = counted
            .values()
            .map(|v| u32::from(v.weight) * u32::from(v.points))
            .sum();
        let raw = f64::from(points) / f64::from(weights.max(1));
        let labels = |pick: &dyn Fn(&Verdict) -> bool| -> Vec<String> {
            inventory
                .assets
                .iter()
                .filter(|item| counted.get(&item.asset.id).is_some_and(|v| pick(v)))
                .map(asset_label)
                .collect()
        };
        let broken = labels(&|v| v.class == Class::BrokenClassically);
        let vulnerable_kex = labels(&|v| v.class == Class::QuantumVulnerable && v.weight == 3);
        let vulnerable_auth = labels(&|v| v.class == Class::QuantumVulnerable && v.weight == 2);
        let (cap, cap_reason) = if !broken.is_empty() {
            (
                39,
                Some(format!("classically broken: {}", name_some(&broken))),
            )
        } else if !vulnerable_kex.is_empty() {
            (
                69,
                Some(format!(
                    "quantum-vulnerable key establishment: {}",
                    name_some(&vulnerable_kex)
                )),
            )
        } else if !vulnerable_auth.is_empty() {
            (
                89,
                Some(format!(
                    "quantum-vulnerable signatures or certificates: {}",
                    name_some(&vulnerable_auth)
                )),
            )
        } else {
            (100, None)
        };
        // Bounded to 0..=100 by construction; `as` cannot truncate here.
        let value = raw.min(f64::from(cap)).round().clamp(0.0, 100.0) as u8;
        Score {
            raw,
            cap,
            cap_reason,
            value,
            band: Band::of(value),
        }
    });
    Assessment {
        provided_only: verdicts.len() - counted.len() - suppressed_only,
        suppressed_only,
        verdicts,
        score,
        coverage,
        policy: *policy,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Asset, Finding, Occurrence};
    use crate::registry::Registry;

    const TODAY: i64 = 1_795_564_800; // 2026-11-25T00:00:00Z

    fn registry() -> &'static Registry {
        Registry::builtin().unwrap_or_else(|e| panic!("{e}"))
    }

    fn named(name: &str) -> Algorithm {
        registry()
            .by_name(name)
            .unwrap_or_else(|| panic!("{name} missing from the registry"))
            .algorithm()
    }

    fn rsa(bits: u32, primitive: Primitive) -> Algorithm {
        let mut a = registry()
            .by_name("RSA")
            .unwrap_or_else(|| panic!("RSA"))
            .with_modulus(Some(bits));
        a.primitive = primitive;
        a
    }

    fn ecdsa_p256() -> Algorithm {
        let curve = registry()
            .curve_by_name("P-256")
            .unwrap_or_else(|| panic!("P-256"));
        registry()
            .by_name("ECDSA")
            .unwrap_or_else(|| panic!("ECDSA"))
            .on_curve(curve)
    }

    fn inventory_of(algorithms: Vec<Algorithm>) -> Inventory {
        Inventory::merge(
            algorithms.into_iter().map(|a| Finding {
                asset: Asset::algorithm(a),
                occurrence: Occurrence::in_file("x"),
            }),
            [],
        )
    }

    #[test]
    fn every_builtin_policy_parses() {
        for (name, text) in BUILTIN_POLICIES {
            let profile = Profile::parse(name, text).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(profile.id, name);
            assert!(!profile.sources.is_empty(), "{name} cites nothing");
        }
    }

    #[test]
    fn policies_override_the_model_where_their_rules_say() {
        let at = |id: &str, as_of: i64, name: &str, bits: Option<u32>| {
            let policy = Policy {
                profile: Profile::builtin(id).unwrap_or_else(|| panic!("{id}")),
                as_of,
            };
            let definition = registry().by_name(name).unwrap_or_else(|| panic!("{name}"));
            let algorithm = match bits {
                Some(bits) => definition.with_modulus(Some(bits)),
                None => definition.algorithm(),
            };
            let verdict = classify_algorithm(&algorithm, &policy);
            (verdict.class, verdict.points)
        };
        let now = 1_780_000_000; // 2026
        let later = 1_930_000_000; // 2031
        // CNSA 2.0: AES-256, ML-KEM-1024, ML-DSA-87, SHA-384 only.
        assert_eq!(
            at("cnsa2", now, "AES-128", None),
            (Class::QuantumWeakened, 60)
        );
        assert_eq!(at("cnsa2", now, "AES-256", None), (Class::QuantumSafe, 100));
        assert_eq!(
            at("cnsa2", now, "ML-KEM-768", None),
            (Class::QuantumWeakened, 60)
        );
        assert_eq!(
            at("cnsa2", now, "ML-KEM-1024", None),
            (Class::QuantumSafe, 100)
        );
        assert_eq!(
            at("cnsa2", now, "SHA-256", None),
            (Class::QuantumWeakened, 60)
        );
        assert_eq!(at("cnsa2", now, "SHA-384", None), (Class::QuantumSafe, 100));
        assert_eq!(
            at("cnsa2", now, "RSA", Some(3072)).0,
            Class::QuantumVulnerable
        );
        assert_eq!(
            at("cnsa2", later, "RSA", Some(3072)),
            (Class::BrokenClassically, 0)
        );
        // The model alone: AES-128 and ML-KEM-768 are safe.
        assert_eq!(at("nist", now, "AES-128", None), (Class::QuantumSafe, 100));
        assert_eq!(
            at("nist", now, "ML-KEM-768", None),
            (Class::QuantumSafe, 100)
        );
        // BSI/ANSSI: hybrids preferred, RSA from 3000 bits.
        assert_eq!(
            at("eu", now, "ML-KEM-768", None),
            (Class::QuantumWeakened, 60)
        );
        assert_eq!(
            at("eu", now, "X25519MLKEM768", None),
            (Class::QuantumSafe, 100)
        );
        assert_eq!(
            at("eu", now, "RSA", Some(2048)),
            (Class::BrokenClassically, 0)
        );
        assert_eq!(at("eu", now, "RSA", Some(3072)).0, Class::QuantumVulnerable);
        // An unknown size is not assumed small.
        assert_eq!(at("eu", now, "RSA", None).0, Class::QuantumVulnerable);
    }

    #[test]
    fn a_policy_file_is_checked_before_use() {
        let good = "id = \"mine\"\nname = \"Mine\"\nsources = [\"our standard\"]\n\
                    [[rule]]\nmatch = [\"SHA-1\", \"family:AES\"]\nclass = \"unknown\"\nreason = \"review\"\n";
        let profile = Profile::parse("mine.toml", good).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(profile.rules.len(), 1);
        for bad in [
            "id = \"x\"\nname = \"X\"\n[[rule]]\nmatch = [\"MD5\"]\nclass = \"fine\"\nreason = \"r\"\n",
            "id = \"x\"\nname = \"X\"\n[[rule]]\nmatch = [\"primitive:cipher\"]\nclass = \"unknown\"\nreason = \"r\"\n",
            "id = \"x\"\nname = \"X\"\n[[rule]]\nmatch = []\nclass = \"unknown\"\nreason = \"r\"\n",
            "id = \"x\"\nname = \"X\"\n[[rule]]\nmatch = [\"MD5\"]\nclass = \"unknown\"\nreason = \"r\"\nafter = \"soon\"\n",
            "id = \"x\"\nname = \"X\"\nextra = 1\n",
        ] {
            assert!(Profile::parse("bad.toml", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn algorithms_only_provided_by_a_library_are_classified_but_not_scored() {
        let md5 = registry()
            .by_name("MD5")
            .unwrap_or_else(|| panic!("MD5"))
            .algorithm();
        let aes = registry()
            .by_name("AES-256-GCM")
            .unwrap_or_else(|| panic!("AES"))
            .algorithm();
        let mut inventory = inventory_of(vec![aes]);
        let provided = Inventory::merge(
            [Finding {
                asset: Asset::algorithm(md5),
                occurrence: Occurrence {
                    symbol: Some("EVP_md5".to_owned()),
                    provided: true,
                    ..Occurrence::in_file("libcrypto.so.3")
                },
            }],
            [],
        );
        inventory.assets.extend(provided.assets);
        inventory.assets.sort_by(|a, b| a.asset.id.cmp(&b.asset.id));
        let policy = Policy {
            profile: Profile::nist(),
            as_of: 0,
        };
        let assessment = assess(&inventory, &policy);
        // MD5 is classified (its verdict is in the output) but does not cap the score at 39.
        assert_eq!(assessment.verdicts.len(), 2);
        assert_eq!(assessment.provided_only, 1);
        let score = assessment.score.unwrap_or_else(|| panic!("no score"));
        assert_eq!((score.value, score.cap), (100, 100));
    }

    fn score_of(algorithms: Vec<Algorithm>, as_of: i64) -> Score {
        let policy = Policy {
            profile: Profile::nist(),
            as_of,
        };
        assess(&inventory_of(algorithms), &policy)
            .score
            .unwrap_or_else(|| panic!("no score"))
    }

    fn worked_example() -> Vec<Algorithm> {
        vec![
            rsa(2048, Primitive::Pke),
            ecdsa_p256(),
            named("AES-128-GCM"),
            named("SHA-256"),
            named("MD5"),
            named("X25519MLKEM768"),
        ]
    }

    #[test]
    fn reproduces_the_worked_example() {
        let score = score_of(worked_example(), TODAY);
        assert!((score.raw - 595.0 / 11.0).abs() < 1e-9, "raw {}", score.raw);
        assert_eq!(
            (score.cap, score.value, score.band),
            (39, 39, Band::Critical)
        );
        assert_eq!(score.cap_reason.as_deref(), Some("classically broken: MD5"));

        let mut without_md5 = worked_example();
        without_md5.retain(|a| a.name != "MD5");
        let score = score_of(without_md5.clone(), TODAY);
        assert!((score.raw - 59.5).abs() < 1e-9);
        assert_eq!((score.cap, score.value, score.band), (69, 60, Band::AtRisk));

        let mut migrated = without_md5;
        migrated.retain(|a| !a.name.starts_with("RSA"));
        migrated.push(named("ML-KEM-768"));
        let score = score_of(migrated, TODAY);
        assert!((score.raw - 85.0).abs() < 1e-9);
        assert_eq!(
            (score.cap, score.value, score.band),
            (89, 85, Band::Transitioning)
        );
    }

    #[test]
    fn classes_follow_the_rules() {
        let policy = Policy {
            profile: Profile::nist(),
            as_of: TODAY,
        };
        let check = |a: Algorithm, class: Class, rule: &str, points: u8, weight: u8| {
            let v = classify_algorithm(&a, &policy);
            assert_eq!(
                (v.class, v.rule, v.points, v.weight),
                (class, rule, points, weight),
                "{}",
                a.name
            );
        };
        check(
            rsa(1024, Primitive::Pke),
            Class::BrokenClassically,
            "R1",
            0,
            3,
        );
        check(
            rsa(2048, Primitive::Signature),
            Class::QuantumVulnerable,
            "R2",
            15,
            2,
        );
        check(
            rsa(3072, Primitive::Pke),
            Class::QuantumVulnerable,
            "R2",
            25,
            3,
        );
        check(named("SHA-1"), Class::BrokenClassically, "R1", 0, 1);
        check(named("SHA-224"), Class::QuantumWeakened, "R4", 60, 1);
        check(named("ML-DSA-65"), Class::QuantumSafe, "R3", 100, 2);
        check(
            registry().unknown_oid("2.999.1", Primitive::Unknown),
            Class::Unknown,
            "R0",
            50,
            1,
        );
        let size_unknown = registry()
            .by_name("RSA")
            .unwrap_or_else(|| panic!("RSA"))
            .with_modulus(None);
        let v = classify_algorithm(&size_unknown, &policy);
        assert_eq!((v.tier, v.points), (Some("unknown-size"), 15));
    }

    #[test]
    fn transitions_apply_after_their_deadlines() {
        let in_2031 = Policy {
            profile: Profile::nist(),
            as_of: END_OF_2030 + 1,
        };
        let v = classify_algorithm(&rsa(2048, Primitive::Pke), &in_2031);
        assert_eq!((v.class, v.points), (Class::QuantumVulnerable, 5));
        let v = classify_algorithm(&named("SHA-224"), &in_2031);
        assert_eq!(v.class, Class::BrokenClassically);
        let v = classify_algorithm(&named("HMAC-SHA-1"), &in_2031);
        assert_eq!(v.class, Class::BrokenClassically);
        let v = classify_algorithm(&rsa(3072, Primitive::Pke), &in_2031);
        assert_eq!(v.class, Class::QuantumVulnerable);
        let in_2036 = Policy {
            profile: Profile::nist(),
            as_of: END_OF_2035 + 1,
        };
        let v = classify_algorithm(&rsa(3072, Primitive::Pke), &in_2036);
        assert_eq!((v.class, v.points), (Class::BrokenClassically, 0));
        assert_eq!(
            score_of(
                vec![named("SHA-256"), rsa(4096, Primitive::Pke)],
                END_OF_2035 + 1
            )
            .cap,
            39
        );
    }

    #[test]
    fn sha1_is_recognised_by_name_tokens() {
        assert!(uses_sha1("SHA-1"));
        assert!(uses_sha1("HMAC-SHA-1"));
        assert!(uses_sha1("RSA-PKCS1-1.5-SHA-1"));
        assert!(!uses_sha1("SHA-128"));
        assert!(!uses_sha1("SHA-256"));
    }

    #[test]
    fn no_assets_no_score() {
        let policy = Policy {
            profile: Profile::nist(),
            as_of: TODAY,
        };
        let assessment = assess(&Inventory::default(), &policy);
        assert!(assessment.score.is_none());
        assert!((assessment.coverage - 1.0).abs() < f64::EPSILON);
    }

    #[test]
    fn bands_have_their_bounds() {
        let bands: Vec<_> = [100, 90, 89, 70, 69, 40, 39, 0]
            .into_iter()
            .map(Band::of)
            .collect();
        use Band::*;
        assert_eq!(
            bands,
            vec![
                QuantumReady,
                QuantumReady,
                Transitioning,
                Transitioning,
                AtRisk,
                AtRisk,
                Critical,
                Critical
            ]
        );
    }

    #[test]
    fn more_safe_assets_never_lower_the_score() {
        let base = score_of(
            vec![rsa(3072, Primitive::Signature), named("SHA-256")],
            TODAY,
        )
        .value;
        let more = score_of(
            vec![
                rsa(3072, Primitive::Signature),
                named("SHA-256"),
                named("ML-KEM-768"),
            ],
            TODAY,
        )
        .value;
        assert!(more >= base);
    }
}
