//! The algorithm registry: one place that turns OIDs and names into canonical algorithms.
//!
//! Detectors never invent names. They hand the registry what they saw (an OID in a certificate, a
//! name in source code, a key size, a curve) and get back an [`Algorithm`] with its canonical name,
//! CycloneDX family, primitive, OID and security levels. The data lives in `rules/algorithms.toml`,
//! embedded at build time; this module parses it, checks its invariants and indexes it.
//!
//! Parametric entries (`sized_by`) cover key algorithms whose strength depends on a size or curve:
//! `RSA` with a 2048-bit modulus becomes `RSA-2048` with 112 classical bits from the SP 800-57 table in
//! the same file, and `ECDSA` on P-256 becomes `ECDSA-P-256` with 128 bits from the curve.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::{Algorithm, AlgorithmClass, CurveRef, Primitive, Standardisation};

/// The registry data compiled into the binary.
const BUILTIN_ALGORITHMS: &str = include_str!("../rules/algorithms.toml");

/// Modes a registry entry may name (the CycloneDX 1.6 enumeration, without `unknown`).
const MODES: [&str; 8] = ["cbc", "ccm", "cfb", "ctr", "ecb", "gcm", "ofb", "other"];

/// The CycloneDX mode a mode name means (`GCM` is `gcm`), if it is one of the enumeration's.
pub fn cyclonedx_mode(mode: &str) -> Option<&'static str> {
    let lower = mode.trim().to_ascii_lowercase();
    MODES.iter().copied().find(|m| *m == lower && *m != "other")
}

/// Paddings a registry entry may name (the CycloneDX 1.6 enumeration, without `unknown`).
const PADDINGS: [&str; 6] = ["oaep", "other", "pkcs1v15", "pkcs5", "pkcs7", "raw"];

/// An invalid registry file.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// The file is not valid TOML of the expected shape.
    #[error("registry is not valid TOML: {0}")]
    Parse(#[from] toml::de::Error),
    /// An entry breaks an invariant.
    #[error("registry entry `{entry}`: {problem}")]
    Invalid {
        /// The entry's name.
        entry: String,
        /// What is wrong with it.
        problem: String,
    },
}

/// How a parametric entry is instantiated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizedBy {
    /// By modulus length in bits (RSA, DSA, finite-field DH).
    Modulus,
    /// By elliptic curve (ECDSA, ECDH).
    Curve,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    version: u32,
    strength: StrengthTables,
    #[serde(default)]
    role_hints: HashMap<String, String>,
    #[serde(rename = "curve", default)]
    curves: Vec<CurveEntry>,
    #[serde(rename = "algorithm", default)]
    algorithms: Vec<AlgorithmEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StrengthTables {
    ifc_ffc: Vec<[u32; 2]>,
    ecc: Vec<[u32; 2]>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CurveEntry {
    name: String,
    cdx: Option<String>,
    oid: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    order_bits: u32,
    classical_bits: Option<u16>,
    explicit_p: Option<String>,
    explicit_a: Option<String>,
    explicit_b: Option<String>,
    explicit_order: Option<String>,
    explicit_base: Option<String>,
    source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AlgorithmEntry {
    name: String,
    family: Option<String>,
    primitive: String,
    #[serde(default)]
    oids: Vec<String>,
    #[serde(default)]
    aliases: Vec<String>,
    parameter_set: Option<String>,
    mode: Option<String>,
    padding: Option<String>,
    curve: Option<String>,
    classical_bits: Option<u16>,
    quantum_level: Option<u8>,
    class: String,
    status: String,
    sized_by: Option<String>,
    replace_with: Option<String>,
    source: String,
}

/// An algorithm entry after validation.
#[derive(Debug)]
struct Entry {
    name: String,
    family: Option<String>,
    primitive: Primitive,
    oids: Vec<String>,
    parameter_set: Option<String>,
    mode: Option<String>,
    padding: Option<String>,
    curve: Option<usize>,
    classical_bits: Option<u16>,
    quantum_level: Option<u8>,
    class: AlgorithmClass,
    status: Standardisation,
    sized_by: Option<SizedBy>,
    replace_with: Option<String>,
    source: String,
}

/// A curve entry after validation.
#[derive(Debug)]
struct Curve {
    name: String,
    cdx: Option<String>,
    oid: Option<String>,
    order_bits: u32,
    classical_bits: u16,
    domain: Option<Domain>,
}

/// A prime-field curve's domain parameters as big-endian bytes: enough to compute a public point
/// from a private scalar (for private keys stored without their public point).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Domain {
    /// Field prime p.
    pub p: Vec<u8>,
    /// Coefficient a.
    pub a: Vec<u8>,
    /// Coefficient b.
    pub b: Vec<u8>,
    /// Base point, uncompressed (`04 || x || y`).
    pub base: Vec<u8>,
}

/// Decodes hex that may have an odd number of digits.
fn hex_bytes(text: &str) -> Option<Vec<u8>> {
    let padded = if text.len() % 2 == 1 {
        format!("0{text}")
    } else {
        text.to_owned()
    };
    hex::decode(padded).ok()
}

/// The indexed algorithm registry.
#[derive(Debug)]
pub struct Registry {
    entries: Vec<Entry>,
    curves: Vec<Curve>,
    by_oid: HashMap<String, usize>,
    by_name: HashMap<String, usize>,
    curve_by_oid: HashMap<String, usize>,
    curve_by_name: HashMap<String, usize>,
    curve_by_parameters: HashMap<ExplicitCurve, usize>,
    ifc_ffc: Vec<(u32, u16)>,
    role_hints: HashMap<Primitive, String>,
}

/// Explicit prime-field curve parameters as lowercase hex without leading zeros: the field prime,
/// the coefficients a and b, and the group order. Matching all four names the curve; brainpool's
/// twisted `t1` curves share p and the order with their `r1` twins, so the coefficients matter.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ExplicitCurve {
    /// Field prime p.
    pub p: String,
    /// Coefficient a.
    pub a: String,
    /// Coefficient b.
    pub b: String,
    /// Group order n.
    pub order: String,
}

impl ExplicitCurve {
    /// Bit length of the group order.
    pub fn order_bits(&self) -> u32 {
        let digits = u32::try_from(self.order.len()).unwrap_or(u32::MAX);
        let first = self
            .order
            .chars()
            .next()
            .and_then(|c| c.to_digit(16))
            .unwrap_or(0);
        digits.saturating_sub(1).saturating_mul(4) + (32 - first.leading_zeros())
    }

    /// Builds the lookup key from big-endian byte strings (leading zeros ignored).
    pub fn from_bytes(p: &[u8], a: &[u8], b: &[u8], order: &[u8]) -> Self {
        let text = |bytes: &[u8]| {
            let hex = hex::encode(bytes);
            let trimmed = hex.trim_start_matches('0');
            if trimmed.is_empty() {
                "0".to_owned()
            } else {
                trimmed.to_owned()
            }
        };
        ExplicitCurve {
            p: text(p),
            a: text(a),
            b: text(b),
            order: text(order),
        }
    }
}

/// A registry entry found by OID or name, ready to be instantiated.
#[derive(Clone, Copy, Debug)]
pub struct Definition<'r> {
    registry: &'r Registry,
    entry: &'r Entry,
    oid: Option<&'r str>,
}

/// An elliptic curve known to the registry.
#[derive(Clone, Copy, Debug)]
pub struct CurveDefinition<'r> {
    curve: &'r Curve,
}

/// Normalises a name for lookup: lowercase ASCII letters, digits and `+` only.
pub fn normalise(name: &str) -> String {
    name.chars()
        .filter_map(|c| {
            let c = c.to_ascii_lowercase();
            (c.is_ascii_lowercase() || c.is_ascii_digit() || c == '+').then_some(c)
        })
        .collect()
}

/// Approximate classical strength of a factoring or finite-field discrete-log problem of `bits`
/// bits, from the general number field sieve estimate used by FIPS 140-3 IG D.B (formerly
/// FIPS 140-2 IG 7.5). Used only below the smallest row of the SP 800-57 table.
fn gnfs_strength(bits: u32) -> u16 {
    let n = f64::from(bits) * std::f64::consts::LN_2;
    let work = 1.923 * n.cbrt() * n.ln().powf(2.0 / 3.0) - 4.69;
    let strength = (work / std::f64::consts::LN_2).floor();
    if strength.is_finite() && strength > 0.0 {
        // Bounded by the caller to moduli below 1024 bits, so the value is below 90.
        strength.min(f64::from(u16::MAX)) as u16
    } else {
        0
    }
}

/// Classical strength of an elliptic-curve group of `order_bits` bits from the SP 800-57 table,
/// and half the order size below the table.
fn ecc_strength(table: &[(u32, u16)], order_bits: u32) -> u16 {
    table
        .iter()
        .rev()
        .find(|(min, _)| order_bits >= *min)
        .map_or_else(
            || u16::try_from(order_bits / 2).unwrap_or(u16::MAX),
            |(_, s)| *s,
        )
}

fn invalid(entry: &str, problem: impl Into<String>) -> RegistryError {
    RegistryError::Invalid {
        entry: entry.to_owned(),
        problem: problem.into(),
    }
}

fn check_oid(entry: &str, oid: &str) -> Result<(), RegistryError> {
    let arcs: Vec<&str> = oid.split('.').collect();
    let well_formed = arcs.len() >= 2
        && arcs
            .iter()
            .all(|a| !a.is_empty() && a.bytes().all(|b| b.is_ascii_digit()));
    if well_formed {
        Ok(())
    } else {
        Err(invalid(
            entry,
            format!("`{oid}` is not a dotted-decimal OID"),
        ))
    }
}

fn strength_table(name: &str, rows: &[[u32; 2]]) -> Result<Vec<(u32, u16)>, RegistryError> {
    let mut table = Vec::with_capacity(rows.len());
    for [min, bits] in rows {
        let bits = u16::try_from(*bits).map_err(|_| invalid(name, "strength out of range"))?;
        table.push((*min, bits));
    }
    let ascending = table.windows(2).all(|w| match w {
        [a, b] => a.0 < b.0 && a.1 < b.1,
        _ => true,
    });
    if table.is_empty() || !ascending {
        return Err(invalid(
            name,
            "strength table must be non-empty and ascending",
        ));
    }
    Ok(table)
}

impl Registry {
    /// The registry compiled into the binary. Its validity is checked by the test suite, so a failure
    /// here is a build defect, reported once.
    pub fn builtin() -> Result<&'static Registry, &'static RegistryError> {
        static BUILTIN: OnceLock<Result<Registry, RegistryError>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| Registry::from_toml(BUILTIN_ALGORITHMS))
            .as_ref()
    }

    /// Parses and validates a registry file.
    pub fn from_toml(text: &str) -> Result<Registry, RegistryError> {
        let file: RegistryFile = toml::from_str(text)?;
        if file.version != 1 {
            return Err(invalid(
                "version",
                format!("unsupported version {}", file.version),
            ));
        }
        let ifc_ffc = strength_table("strength.ifc_ffc", &file.strength.ifc_ffc)?;
        let ecc = strength_table("strength.ecc", &file.strength.ecc)?;
        let mut role_hints = HashMap::new();
        for (role, hint) in file.role_hints {
            let primitive = Primitive::parse(&role)
                .ok_or_else(|| invalid("role_hints", format!("unknown primitive `{role}`")))?;
            role_hints.insert(primitive, hint);
        }

        let mut curves = Vec::with_capacity(file.curves.len());
        let mut curve_by_oid = HashMap::new();
        let mut curve_by_name = HashMap::new();
        let mut curve_by_parameters = HashMap::new();
        for raw in file.curves {
            let index = curves.len();
            if raw.source.trim().is_empty() {
                return Err(invalid(&raw.name, "no source"));
            }
            if raw.order_bits == 0 {
                return Err(invalid(&raw.name, "order_bits must be positive"));
            }
            if let Some(oid) = &raw.oid {
                check_oid(&raw.name, oid)?;
                if curve_by_oid.insert(oid.clone(), index).is_some() {
                    return Err(invalid(&raw.name, format!("curve OID {oid} used twice")));
                }
            }
            for alias in std::iter::once(&raw.name).chain(&raw.aliases) {
                let key = normalise(alias);
                if key.is_empty() || curve_by_name.insert(key, index).is_some() {
                    return Err(invalid(
                        &raw.name,
                        format!("curve name `{alias}` is empty or used twice"),
                    ));
                }
            }
            match (
                &raw.explicit_p,
                &raw.explicit_a,
                &raw.explicit_b,
                &raw.explicit_order,
            ) {
                (Some(p), Some(a), Some(b), Some(order)) => {
                    let key = ExplicitCurve {
                        p: p.clone(),
                        a: a.clone(),
                        b: b.clone(),
                        order: order.clone(),
                    };
                    // Some curves have two names as separate entries (secp112r1 is WTLS curve 6):
                    // explicit parameters name the first.
                    curve_by_parameters.entry(key).or_insert(index);
                }
                (None, None, None, None) => {}
                _ => {
                    return Err(invalid(
                        &raw.name,
                        "explicit_p, _a, _b and _order go together",
                    ));
                }
            }
            let classical_bits = raw
                .classical_bits
                .unwrap_or_else(|| ecc_strength(&ecc, raw.order_bits));
            let domain = match (
                &raw.explicit_p,
                &raw.explicit_a,
                &raw.explicit_b,
                &raw.explicit_base,
            ) {
                (Some(p), Some(a), Some(b), Some(base)) => Some(Domain {
                    p: hex_bytes(p).ok_or_else(|| invalid(&raw.name, "explicit_p is not hex"))?,
                    a: hex_bytes(a).ok_or_else(|| invalid(&raw.name, "explicit_a is not hex"))?,
                    b: hex_bytes(b).ok_or_else(|| invalid(&raw.name, "explicit_b is not hex"))?,
                    base: hex_bytes(base)
                        .ok_or_else(|| invalid(&raw.name, "explicit_base is not hex"))?,
                }),
                _ => None,
            };
            curves.push(Curve {
                name: raw.name,
                cdx: raw.cdx,
                oid: raw.oid,
                order_bits: raw.order_bits,
                classical_bits,
                domain,
            });
        }

        let mut entries = Vec::with_capacity(file.algorithms.len());
        let mut by_oid = HashMap::new();
        let mut by_name = HashMap::new();
        for raw in file.algorithms {
            let index = entries.len();
            let name = raw.name.clone();
            let primitive = Primitive::parse(&raw.primitive)
                .ok_or_else(|| invalid(&name, format!("unknown primitive `{}`", raw.primitive)))?;
            let class = AlgorithmClass::parse(&raw.class)
                .ok_or_else(|| invalid(&name, format!("unknown class `{}`", raw.class)))?;
            let status = Standardisation::parse(&raw.status)
                .ok_or_else(|| invalid(&name, format!("unknown status `{}`", raw.status)))?;
            let sized_by = match raw.sized_by.as_deref() {
                None => None,
                Some("modulus") => Some(SizedBy::Modulus),
                Some("curve") => Some(SizedBy::Curve),
                Some(other) => return Err(invalid(&name, format!("unknown sized_by `{other}`"))),
            };
            if let Some(mode) = &raw.mode
                && !MODES.contains(&mode.as_str())
            {
                return Err(invalid(&name, format!("unknown mode `{mode}`")));
            }
            if let Some(padding) = &raw.padding
                && !PADDINGS.contains(&padding.as_str())
            {
                return Err(invalid(&name, format!("unknown padding `{padding}`")));
            }
            if raw.quantum_level.is_some_and(|l| l > 5) {
                return Err(invalid(&name, "quantum_level must be 0..=5"));
            }
            if raw.classical_bits == Some(0) {
                return Err(invalid(&name, "classical_bits must be positive"));
            }
            if raw.source.trim().is_empty() {
                return Err(invalid(&name, "no source"));
            }
            if class != AlgorithmClass::QuantumSafe && raw.replace_with.is_none() {
                return Err(invalid(
                    &name,
                    "an entry that is not quantum-safe needs replace_with",
                ));
            }
            let curve = match &raw.curve {
                None => None,
                Some(curve) => Some(
                    curve_by_name
                        .get(&normalise(curve))
                        .copied()
                        .ok_or_else(|| invalid(&name, format!("unknown curve `{curve}`")))?,
                ),
            };
            for oid in &raw.oids {
                check_oid(&name, oid)?;
                if by_oid.insert(oid.clone(), index).is_some() {
                    return Err(invalid(&name, format!("OID {oid} is used by two entries")));
                }
            }
            for alias in std::iter::once(&raw.name).chain(&raw.aliases) {
                let key = normalise(alias);
                if key.is_empty() {
                    return Err(invalid(
                        &name,
                        format!("alias `{alias}` normalises to nothing"),
                    ));
                }
                if let Some(previous) = by_name.insert(key, index)
                    && previous != index
                {
                    return Err(invalid(
                        &name,
                        format!("name or alias `{alias}` is also used elsewhere"),
                    ));
                }
            }
            entries.push(Entry {
                name,
                family: raw.family,
                primitive,
                oids: raw.oids,
                parameter_set: raw.parameter_set,
                mode: raw.mode,
                padding: raw.padding,
                curve,
                classical_bits: raw.classical_bits,
                quantum_level: raw.quantum_level,
                class,
                status,
                sized_by,
                replace_with: raw.replace_with,
                source: raw.source,
            });
        }
        Ok(Registry {
            entries,
            curves,
            by_oid,
            by_name,
            curve_by_oid,
            curve_by_name,
            curve_by_parameters,
            ifc_ffc,
            role_hints,
        })
    }

    /// The entry registered for an OID.
    pub fn by_oid<'r>(&'r self, oid: &str) -> Option<Definition<'r>> {
        let (key, index) = self.by_oid.get_key_value(oid)?;
        let entry = self.entries.get(*index)?;
        Some(Definition {
            registry: self,
            entry,
            oid: Some(key.as_str()),
        })
    }

    /// The entry registered for a name or alias (compared after [`normalise`]).
    pub fn by_name<'r>(&'r self, name: &str) -> Option<Definition<'r>> {
        let entry = self.entries.get(*self.by_name.get(&normalise(name))?)?;
        Some(Definition {
            registry: self,
            entry,
            oid: entry.oids.first().map(String::as_str),
        })
    }

    /// An algorithm the registry does not know, named by its OID and marked unknown.
    pub fn unknown_oid(&self, oid: &str, primitive: Primitive) -> Algorithm {
        Algorithm {
            name: oid.to_owned(),
            family: None,
            primitive,
            oid: Some(oid.to_owned()),
            parameter_set: None,
            curve: None,
            mode: None,
            padding: None,
            classical_bits: None,
            quantum_level: None,
            class: None,
            status: None,
            replace_with: None,
            source: None,
            functions: Vec::new(),
        }
    }

    /// An algorithm the registry does not know, found by name (an SSH or OpenPGP algorithm identifier
    /// with no registry entry): named as found and marked unknown.
    pub fn unknown_name(&self, name: &str, primitive: Primitive) -> Algorithm {
        Algorithm {
            oid: None,
            name: name.to_owned(),
            ..self.unknown_oid(name, primitive)
        }
    }

    /// The algorithm a base name and the parameters the code fixes make: `RSA` with 2048 bits is
    /// `RSA-2048`, `ECDSA` on `secp256r1` is `ECDSA-P-256`, `AES` with 256 bits in GCM is
    /// `AES-256-GCM`. The most specific registry name wins (`{base}-{size}-{mode}`, `{base}-{mode}`,
    /// `{base}-{size}`, `{base}`); a mode the chosen entry does not fix is recorded on it. `None` when
    /// the base name is not in the registry.
    pub fn compose(
        &self,
        base: &str,
        size: Option<u32>,
        mode: Option<&str>,
        curve: Option<&str>,
    ) -> Option<Algorithm> {
        let definition = self.by_name(base)?;
        match definition.sized_by() {
            Some(SizedBy::Modulus) => return Some(definition.with_modulus(size)),
            Some(SizedBy::Curve) => {
                return Some(match curve {
                    Some(name) => match self.curve_by_name(name) {
                        Some(curve) => definition.on_curve(curve),
                        None => definition.on_unknown_curve(name),
                    },
                    None => definition.algorithm(),
                });
            }
            None => {}
        }
        let base = definition.name();
        let mode = mode.map(str::to_ascii_uppercase);
        let mut candidates = Vec::new();
        // A base that names its mode takes a size inside: `AES-GCM` with 256 bits is `AES-256-GCM`.
        if let (Some(size), Some((family, fixed))) = (size, base.rsplit_once('-'))
            && mode.as_deref().is_none_or(|m| m == fixed)
        {
            candidates.push(format!("{family}-{size}-{fixed}"));
        }
        if let (Some(size), Some(mode)) = (size, &mode) {
            candidates.push(format!("{base}-{size}-{mode}"));
        }
        if let Some(mode) = &mode {
            candidates.push(format!("{base}-{mode}"));
        }
        if let Some(size) = size {
            candidates.push(format!("{base}-{size}"));
        }
        let chosen = candidates
            .iter()
            .find_map(|name| self.by_name(name))
            .unwrap_or(definition);
        let mut algorithm = chosen.algorithm();
        if algorithm.mode.is_none()
            && let Some(mode) = mode.map(|m| m.to_ascii_lowercase())
            && MODES.contains(&mode.as_str())
        {
            algorithm.mode = Some(mode);
        }
        Some(algorithm)
    }

    /// The curve registered for an OID.
    pub fn curve_by_oid(&self, oid: &str) -> Option<CurveDefinition<'_>> {
        let curve = self.curves.get(*self.curve_by_oid.get(oid)?)?;
        Some(CurveDefinition { curve })
    }

    /// The curve registered for a name or alias.
    pub fn curve_by_name(&self, name: &str) -> Option<CurveDefinition<'_>> {
        let curve = self
            .curves
            .get(*self.curve_by_name.get(&normalise(name))?)?;
        Some(CurveDefinition { curve })
    }

    /// The named curve with these explicit parameters.
    pub fn curve_by_parameters(&self, parameters: &ExplicitCurve) -> Option<CurveDefinition<'_>> {
        let curve = self
            .curves
            .get(*self.curve_by_parameters.get(parameters)?)?;
        Some(CurveDefinition { curve })
    }

    /// Classical strength of an RSA, DSA or finite-field DH modulus (NIST SP 800-57 Pt 1 r5 Table 2,
    /// and the GNFS estimate below its first row).
    pub fn modulus_strength(&self, bits: u32) -> u16 {
        match self.ifc_ffc.iter().rev().find(|(min, _)| bits >= *min) {
            Some((_, strength)) => *strength,
            None => gnfs_strength(bits),
        }
    }

    /// Number of algorithm entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the registry has no algorithm entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every algorithm entry, instantiated without parameters (for invariant checks and listings).
    pub fn definitions(&self) -> impl Iterator<Item = Definition<'_>> {
        self.entries.iter().map(|entry| Definition {
            registry: self,
            entry,
            oid: entry.oids.first().map(String::as_str),
        })
    }
}

impl<'r> CurveDefinition<'r> {
    /// The canonical curve name.
    pub fn name(&self) -> &'r str {
        &self.curve.name
    }

    /// The bit length of the group order.
    pub fn order_bits(&self) -> u32 {
        self.curve.order_bits
    }

    /// Classical security of the curve in bits.
    pub fn classical_bits(&self) -> u16 {
        self.curve.classical_bits
    }

    /// The curve's domain parameters, for the prime-field curves the registry carries them for.
    pub fn domain(&self) -> Option<&'r Domain> {
        self.curve.domain.as_ref()
    }

    /// The curve as recorded on an algorithm.
    pub fn reference(&self) -> CurveRef {
        CurveRef {
            name: self.curve.name.clone(),
            cdx: self.curve.cdx.clone(),
            oid: self.curve.oid.clone(),
        }
    }
}

impl<'r> Definition<'r> {
    /// The entry's canonical name.
    pub fn name(&self) -> &'r str {
        &self.entry.name
    }

    /// How the entry is instantiated, if it is parametric.
    pub fn sized_by(&self) -> Option<SizedBy> {
        self.entry.sized_by
    }

    /// The entry's default primitive.
    pub fn primitive(&self) -> Primitive {
        self.entry.primitive
    }

    /// Every OID registered for the entry.
    pub fn oids(&self) -> &'r [String] {
        &self.entry.oids
    }

    /// The entry's CycloneDX family.
    pub fn family(&self) -> Option<&'r str> {
        self.entry.family.as_deref()
    }

    /// The entry's CycloneDX 1.7 curve value, when it is bound to a curve.
    pub fn curve_cdx(&self) -> Option<&'r str> {
        let curve = self.registry.curves.get(self.entry.curve?)?;
        curve.cdx.as_deref()
    }

    /// The algorithm as the entry defines it, without instance parameters.
    pub fn algorithm(&self) -> Algorithm {
        let e = self.entry;
        Algorithm {
            name: e.name.clone(),
            family: e.family.clone(),
            primitive: e.primitive,
            oid: self.oid.map(str::to_owned),
            parameter_set: e.parameter_set.clone(),
            curve: e
                .curve
                .and_then(|i| self.registry.curves.get(i))
                .map(|c| CurveDefinition { curve: c }.reference()),
            mode: e.mode.clone(),
            padding: e.padding.clone(),
            classical_bits: e.classical_bits,
            quantum_level: e.quantum_level,
            class: Some(e.class),
            status: Some(e.status),
            replace_with: e.replace_with.clone(),
            source: Some(e.source.clone()),
            functions: Vec::new(),
        }
    }

    /// The algorithm in a role other than the entry's default (an RSA key allowed only to sign is a
    /// signature algorithm), with the migration hint for that role.
    pub fn in_role(&self, mut algorithm: Algorithm, role: Primitive) -> Algorithm {
        if role != self.entry.primitive {
            algorithm.primitive = role;
            if let Some(hint) = self.registry.role_hints.get(&role) {
                algorithm.replace_with = Some(hint.clone());
            }
        }
        algorithm
    }

    /// A modulus-sized instance (`RSA` with 2048 bits is `RSA-2048`). Unknown sizes keep the bare
    /// name and no classical strength.
    pub fn with_modulus(&self, bits: Option<u32>) -> Algorithm {
        let mut algorithm = self.algorithm();
        if let Some(bits) = bits {
            algorithm.name = format!("{}-{bits}", self.entry.name);
            algorithm.parameter_set = Some(bits.to_string());
            algorithm.classical_bits = Some(self.registry.modulus_strength(bits));
        }
        algorithm
    }

    /// A curve-bound instance (`ECDSA` on P-256 is `ECDSA-P-256`).
    pub fn on_curve(&self, curve: CurveDefinition<'_>) -> Algorithm {
        let mut algorithm = self.algorithm();
        algorithm.name = format!("{}-{}", self.entry.name, curve.curve.name);
        algorithm.classical_bits = Some(curve.curve.classical_bits);
        algorithm.curve = Some(curve.reference());
        algorithm
    }

    /// An instance on a curve the registry does not know: named by the curve's OID, strength unknown.
    pub fn on_unknown_curve(&self, curve_oid: &str) -> Algorithm {
        let mut algorithm = self.algorithm();
        algorithm.name = format!("{}-{curve_oid}", self.entry.name);
        algorithm.classical_bits = None;
        algorithm.curve = Some(CurveRef {
            name: curve_oid.to_owned(),
            cdx: None,
            oid: Some(curve_oid.to_owned()),
        });
        algorithm
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"
        version = 1
        [strength]
        ifc_ffc = [[1024, 80], [2048, 112], [3072, 128], [7680, 192], [15360, 256]]
        ecc = [[160, 80], [224, 112], [256, 128], [384, 192], [512, 256]]

        [[curve]]
        name = "P-256"
        cdx = "nist/P-256"
        oid = "1.2.840.10045.3.1.7"
        aliases = ["secp256r1", "prime256v1"]
        order_bits = 256
        source = "SP 800-186"

        [[algorithm]]
        name = "RSA"
        primitive = "pke"
        oids = ["1.2.840.113549.1.1.1"]
        aliases = ["rsaEncryption"]
        class = "quantum-vulnerable"
        status = "standard"
        sized_by = "modulus"
        replace_with = "ML-KEM-768"
        source = "RFC 8017"

        [[algorithm]]
        name = "ECDSA"
        family = "ECDSA"
        primitive = "signature"
        oids = ["1.2.840.10045.2.1"]
        class = "quantum-vulnerable"
        status = "standard"
        sized_by = "curve"
        replace_with = "ML-DSA-65"
        source = "RFC 5480"

        [[algorithm]]
        name = "SHA-256"
        family = "SHA-2"
        primitive = "hash"
        oids = ["2.16.840.1.101.3.4.2.1"]
        aliases = ["sha256"]
        classical_bits = 128
        quantum_level = 2
        class = "quantum-safe"
        status = "standard"
        source = "FIPS 180-4"
    "#;

    fn small() -> Registry {
        Registry::from_toml(SMALL).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn resolves_by_oid_and_alias() {
        let registry = small();
        let sha = registry
            .by_oid("2.16.840.1.101.3.4.2.1")
            .map(|d| d.algorithm());
        assert_eq!(sha.as_ref().map(|a| a.name.as_str()), Some("SHA-256"));
        assert_eq!(sha.and_then(|a| a.quantum_level), Some(2));
        let by_alias = registry.by_name("Sha_256").map(|d| d.name());
        assert_eq!(by_alias, Some("SHA-256"));
        assert!(registry.by_oid("1.2.3.4").is_none());
    }

    #[test]
    fn modulus_sized_instances_take_the_table_strength() {
        let registry = small();
        let rsa = registry
            .by_name("rsaEncryption")
            .unwrap_or_else(|| panic!("RSA missing"));
        let cases = [
            (1024, 80),
            (2048, 112),
            (3072, 128),
            (4096, 128),
            (7680, 192),
            (16384, 256),
        ];
        for (bits, strength) in cases {
            let a = rsa.with_modulus(Some(bits));
            assert_eq!(a.name, format!("RSA-{bits}"));
            assert_eq!(a.classical_bits, Some(strength), "RSA-{bits}");
        }
        let unknown = rsa.with_modulus(None);
        assert_eq!(
            (unknown.name.as_str(), unknown.classical_bits),
            ("RSA", None)
        );
    }

    #[test]
    fn small_moduli_use_the_gnfs_estimate() {
        let registry = small();
        assert_eq!(registry.modulus_strength(512), 57);
        assert!(registry.modulus_strength(768) < 80);
        assert!(registry.modulus_strength(768) > registry.modulus_strength(512));
    }

    #[test]
    fn curve_instances_take_the_curve_strength() {
        let registry = small();
        let ecdsa = registry
            .by_oid("1.2.840.10045.2.1")
            .unwrap_or_else(|| panic!("ECDSA missing"));
        let p256 = registry
            .curve_by_name("prime256v1")
            .unwrap_or_else(|| panic!("P-256 missing"));
        let a = ecdsa.on_curve(p256);
        assert_eq!(a.name, "ECDSA-P-256");
        assert_eq!(a.classical_bits, Some(128));
        assert_eq!(a.curve.and_then(|c| c.cdx).as_deref(), Some("nist/P-256"));
        let odd = ecdsa.on_unknown_curve("1.2.3.4.5");
        assert_eq!(
            (odd.name.as_str(), odd.classical_bits),
            ("ECDSA-1.2.3.4.5", None)
        );
    }

    #[test]
    fn composes_names_from_parameters() {
        let registry = Registry::builtin().unwrap_or_else(|e| panic!("{e}"));
        let name = |base: &str, size: Option<u32>, mode: Option<&str>, curve: Option<&str>| {
            registry.compose(base, size, mode, curve).map(|a| a.name)
        };
        assert_eq!(
            name("AES", Some(256), Some("gcm"), None).as_deref(),
            Some("AES-256-GCM")
        );
        assert_eq!(
            name("RSA", Some(1024), None, None).as_deref(),
            Some("RSA-1024")
        );
        assert_eq!(
            name("EC", None, None, Some("secp256r1")).as_deref(),
            Some("ECDSA-P-256")
        );
        assert_eq!(name("SHA256", None, None, None).as_deref(), Some("SHA-256"));
        assert_eq!(name("no-such-thing", None, None, None), None);
    }

    #[test]
    fn ecc_strength_below_the_table_is_half_the_order() {
        let table = [(160, 80), (224, 112), (256, 128)];
        assert_eq!(ecc_strength(&table, 112), 56);
        assert_eq!(ecc_strength(&table, 233), 112);
    }

    #[test]
    fn rejects_duplicate_aliases_and_oids() {
        let duplicate_alias =
            SMALL.replace(r#"aliases = ["sha256"]"#, r#"aliases = ["rsa-encryption"]"#);
        assert!(matches!(
            Registry::from_toml(&duplicate_alias),
            Err(RegistryError::Invalid { .. })
        ));
        let duplicate_oid = SMALL.replace("2.16.840.1.101.3.4.2.1", "1.2.840.10045.2.1");
        assert!(matches!(
            Registry::from_toml(&duplicate_oid),
            Err(RegistryError::Invalid { .. })
        ));
    }

    #[test]
    fn rejects_unknown_fields_and_values() {
        let unknown_field =
            SMALL.replace("sized_by = \"curve\"", "sized_by = \"curve\"\nstrength = 3");
        assert!(matches!(
            Registry::from_toml(&unknown_field),
            Err(RegistryError::Parse(_))
        ));
        let bad_primitive = SMALL.replace("primitive = \"hash\"", "primitive = \"hashing\"");
        assert!(matches!(
            Registry::from_toml(&bad_primitive),
            Err(RegistryError::Invalid { .. })
        ));
        let missing_hint = SMALL.replace("replace_with = \"ML-DSA-65\"\n", "");
        assert!(matches!(
            Registry::from_toml(&missing_hint),
            Err(RegistryError::Invalid { .. })
        ));
    }

    #[test]
    fn unknown_oids_stay_unknown() {
        let registry = small();
        let unknown = registry.unknown_oid("1.3.9999.99", Primitive::Signature);
        assert_eq!(unknown.name, "1.3.9999.99");
        assert!(!unknown.is_known());
        assert_eq!(unknown.classical_bits, None);
    }
}
