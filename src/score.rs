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

/// A scoring profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Profile {
    /// NIST IR 8547 / SP 800-131A (the default).
    Nist,
}

impl Profile {
    /// The profile's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Nist => "nist",
        }
    }
}

/// What the score is judged against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    /// The profile.
    pub profile: Profile,
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
                occurrence: Occurrence {
                    location: "x".to_owned(),
                    line: None,
                    column: None,
                    offset: None,
                    symbol: None,
                    context: None,
                    rule: None,
                    provided: false,
                    suppressed: None,
                },
            }),
            [],
        )
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
                    location: "libcrypto.so.3".to_owned(),
                    line: None,
                    column: None,
                    offset: None,
                    symbol: Some("EVP_md5".to_owned()),
                    context: None,
                    rule: None,
                    provided: true,
                    suppressed: None,
                },
            }],
            [],
        );
        inventory.assets.extend(provided.assets);
        inventory.assets.sort_by(|a, b| a.asset.id.cmp(&b.asset.id));
        let policy = Policy {
            profile: Profile::Nist,
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
            profile: Profile::Nist,
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
            profile: Profile::Nist,
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
            profile: Profile::Nist,
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
            profile: Profile::Nist,
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
            profile: Profile::Nist,
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
