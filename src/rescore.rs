//! `cryptoscope score BOM.json`: rescoring a CycloneDX CBOM written by any tool (cryptoscope,
//! sonar-cryptography / CBOMkit, cbomkit-theia, cdxgen, hand-written examples) under a policy.
//!
//! Each crypto component is resolved through the registry, so the score means the same whatever
//! wrote the document: an algorithm by its name (`SHA256`, `SHA512withRSA`, `AES-128-GCM`), else its
//! name without trailing parameters (`AES-128-GCM-128-12` is AES-128-GCM), else `<algorithm>-<curve>`
//! (`ECDH-secp521r1`), else its `algorithmFamily`, else its OID; sizes and curves come from
//! `parameterSetIdentifier`, `curve`/`ellipticCurve` and the name. OIDs are tried last because
//! published examples put curve OIDs or wrong arcs there. Keys take their algorithm (`algorithmRef`)
//! and `size`; certificates their signature algorithm and public key references; protocols their
//! type and version. What cannot be resolved is scored `unknown` and reported, never guessed.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::inventory::Inventory;
use crate::model::{
    Algorithm, Asset, AssetId, Certificate, Diagnostic, DiagnosticKind, Finding, Key, KeyIdBasis,
    KeyKind, Occurrence, Primitive,
};
use crate::registry::{Registry, normalise};

/// Why a document cannot be rescored.
#[derive(Debug, thiserror::Error)]
pub enum RescoreError {
    /// Unreadable.
    #[error("cannot read `{path}`: {source}")]
    Read {
        /// The path.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// Not CycloneDX JSON.
    #[error("`{path}` is not a CycloneDX JSON document: {message}")]
    Format {
        /// The path.
        path: String,
        /// What is wrong.
        message: String,
    },
}

/// What a document gave: findings to merge and score, and one diagnostic per component that could
/// not be resolved.
#[derive(Debug, Default)]
pub struct Rescored {
    /// The spec version the document declared.
    pub spec_version: String,
    /// Findings, one per occurrence of each crypto component.
    pub findings: Vec<Finding>,
    /// What could not be resolved.
    pub diagnostics: Vec<Diagnostic>,
    /// Components with cryptoProperties read.
    pub components: usize,
}

impl Rescored {
    /// One finding per occurrence of an asset.
    fn found(&mut self, asset: &Asset, occurrences: Vec<Occurrence>) {
        self.findings
            .extend(occurrences.into_iter().map(|occurrence| Finding {
                asset: asset.clone(),
                occurrence,
            }));
    }
}

/// A size or curve parameter read from a component.
#[derive(Default)]
struct Parameters {
    size: Option<u32>,
    curve: Option<String>,
    mode: Option<String>,
}

fn text(value: &Value) -> Option<&str> {
    value.as_str().map(str::trim).filter(|s| !s.is_empty())
}

/// Resolves an algorithm component to a registry algorithm, or `None`.
pub fn resolve_algorithm(registry: &Registry, component: &Value) -> Option<Algorithm> {
    let name = text(&component["name"]).unwrap_or_default();
    let properties = &component["cryptoProperties"]["algorithmProperties"];
    let mut parameters = Parameters {
        mode: text(&properties["mode"])
            .filter(|m| *m != "unknown" && *m != "other")
            .map(str::to_ascii_uppercase),
        curve: text(&properties["curve"])
            .or_else(|| text(&properties["ellipticCurve"]))
            .map(|c| c.rsplit('/').next().unwrap_or(c).to_owned()),
        size: None,
    };
    match text(&properties["parameterSetIdentifier"]) {
        Some(p) if p.bytes().all(|b| b.is_ascii_digit()) => parameters.size = p.parse().ok(),
        Some(p) if registry.curve_by_name(p).is_some() => {
            parameters.curve.get_or_insert_with(|| p.to_owned());
        }
        Some(p) => {
            if let Some((curve, _)) = p.split_once('/')
                && registry.curve_by_name(curve).is_some()
            {
                parameters.curve.get_or_insert_with(|| curve.to_owned());
            }
        }
        None => {}
    }
    let compose = |base: &str, parameters: &Parameters| -> Option<Algorithm> {
        let definition = registry.by_name(base)?;
        // A name that already fixes everything (SHA-256, AES-128-GCM) stays as it is; a parametric
        // one (RSA, ECDH, AES) takes the size, curve and mode.
        let size = parameters.size.filter(|_| {
            definition.sized_by().is_some() || !base.chars().any(|c| c.is_ascii_digit())
        });
        registry.compose(
            definition.name(),
            size,
            parameters.mode.as_deref(),
            parameters.curve.as_deref(),
        )
    };
    // X25519 and X448 are ECDH on those curves (CycloneDX writes family ECDH with the curve).
    let montgomery = |base: &str, curve: Option<&str>| -> Option<Algorithm> {
        let curve = normalise(curve?.rsplit('/').next()?);
        let name = match (normalise(base).as_str(), curve.as_str()) {
            ("ecdh", "curve25519" | "x25519") => "X25519",
            ("ecdh", "curve448" | "x448") => "X448",
            _ => return None,
        };
        registry.by_name(name).map(|d| d.algorithm())
    };
    // The name itself.
    if let Some(found) = montgomery(name, parameters.curve.as_deref()) {
        return Some(found);
    }
    if let Some(found) = compose(name, &parameters) {
        return Some(found);
    }
    // `HMACSHA2`, `HMAC-SHA2`: HMAC with a hash the name does not pin down.
    if let Some(rest) = name
        .strip_prefix("HMAC")
        .or_else(|| name.strip_prefix("Hmac"))
    {
        let rest = rest.trim_start_matches(['-', '_']);
        return compose(&format!("HMAC-{rest}"), &parameters)
            .or_else(|| compose("HMAC", &parameters));
    }
    let declared = text(&properties["primitive"]).and_then(Primitive::parse);
    let fits = |algorithm: &Algorithm| declared.is_none_or(|p| p == algorithm.primitive);
    // The name without trailing parts: `AES-128-GCM-128-12`, `RSA-PKCS1-1.5-SHA512-2048`,
    // `ECDH-secp521r1`, `ECDSA-P-256-SHA-256`. A dropped part that is a curve or a number is kept as
    // the parameter.
    let parts: Vec<&str> = name.split('-').collect();
    for cut in (1..parts.len()).rev() {
        let base = parts[..cut].join("-");
        let rest = parts[cut..].join("-");
        let mut with = Parameters {
            size: parameters.size,
            curve: parameters.curve.clone(),
            mode: parameters.mode.clone(),
        };
        if registry.curve_by_name(&rest).is_some() {
            with.curve.get_or_insert(rest.clone());
        } else if let Some((curve, _)) = rest
            .split_once('-')
            .filter(|(c, _)| registry.curve_by_name(c).is_some())
        {
            with.curve.get_or_insert(curve.to_owned());
        } else if let Ok(size) = rest.parse::<u32>() {
            with.size.get_or_insert(size);
        }
        if let Some(found) = compose(&base, &with) {
            // `ECDSA-P-256-SHA-256`: the hash that follows the curve names the variant.
            let rest_parts: Vec<&str> = rest.split('-').collect();
            let hashed = (1..rest_parts.len()).find_map(|k| {
                let curve = rest_parts[..k].join("-");
                registry.curve_by_name(&curve)?;
                compose(&format!("{base}-{}", rest_parts[k..].join("-")), &with)
            });
            return Some(hashed.unwrap_or(found));
        }
    }
    // The family, then the OID, each only when it names the kind of algorithm the component says
    // it is: a hybrid combiner written as family ECDH with X25519's OID is not X25519.
    if let Some(family) = text(&properties["algorithmFamily"]) {
        let found = montgomery(family, parameters.curve.as_deref())
            .or_else(|| compose(family, &parameters));
        if let Some(found) = found.filter(fits) {
            return Some(found);
        }
    }
    let oid = text(&component["cryptoProperties"]["oid"]).or_else(|| text(&component["oid"]))?;
    let definition = registry.by_oid(oid)?;
    compose(definition.name(), &parameters)
        .or_else(|| Some(definition.algorithm()))
        .filter(fits)
}

/// The occurrences a component lists, or one at the document when it lists none.
fn occurrences(component: &Value, document: &str) -> Vec<Occurrence> {
    let listed: Vec<Occurrence> = component["evidence"]["occurrences"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|o| Occurrence {
            line: o["line"].as_u64().and_then(|l| u32::try_from(l).ok()),
            offset: o["offset"].as_u64(),
            symbol: text(&o["symbol"]).map(str::to_owned),
            context: text(&o["additionalContext"]).map(str::to_owned),
            ..Occurrence::in_file(text(&o["location"]).unwrap_or(document))
        })
        .collect();
    if listed.is_empty() {
        vec![Occurrence {
            symbol: text(&component["bom-ref"]).map(str::to_owned),
            context: Some(format!(
                "component `{}` of the rescored document",
                text(&component["name"]).unwrap_or("(unnamed)")
            )),
            ..Occurrence::in_file(document)
        }]
    } else {
        listed
    }
}

fn timestamp(value: &Value) -> Option<i64> {
    let text = text(value)?;
    time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
        .ok()
        .map(time::OffsetDateTime::unix_timestamp)
}

/// Reads a CBOM file and resolves its crypto components.
pub fn read(path: &Path, registry: &Registry) -> Result<Rescored, RescoreError> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| RescoreError::Read {
        path: shown.clone(),
        source,
    })?;
    let bom: Value = serde_json::from_slice(&bytes).map_err(|e| RescoreError::Format {
        path: shown.clone(),
        message: e.to_string(),
    })?;
    if bom["bomFormat"] != "CycloneDX" {
        return Err(RescoreError::Format {
            path: shown,
            message: "bomFormat is not CycloneDX".to_owned(),
        });
    }
    let document = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| shown.clone());
    Ok(resolve(&bom, &document, registry))
}

/// Resolves the crypto components of a parsed CBOM.
pub fn resolve(bom: &Value, document: &str, registry: &Registry) -> Rescored {
    let mut out = Rescored {
        spec_version: text(&bom["specVersion"]).unwrap_or("unknown").to_owned(),
        ..Rescored::default()
    };
    let mut crypto: Vec<&Value> = Vec::new();
    let mut stack: Vec<&Value> = bom["components"].as_array().into_iter().flatten().collect();
    while let Some(component) = stack.pop() {
        stack.extend(component["components"].as_array().into_iter().flatten());
        if component["cryptoProperties"].is_object() {
            crypto.push(component);
        }
    }
    crypto.sort_by_key(|c| c["bom-ref"].as_str().unwrap_or_default().to_owned());
    out.components = crypto.len();
    let unresolved = |out: &mut Rescored, component: &Value, what: String| {
        out.diagnostics.push(Diagnostic {
            location: format!(
                "{document}#{}",
                text(&component["bom-ref"]).unwrap_or("(no bom-ref)")
            ),
            kind: DiagnosticKind::Unsupported,
            source: "score",
            message: what,
        });
    };
    // Algorithms and protocols first: keys and certificates refer to them.
    let mut by_ref: BTreeMap<String, AssetId> = BTreeMap::new();
    for component in &crypto {
        let kind = text(&component["cryptoProperties"]["assetType"]).unwrap_or_default();
        let reference = text(&component["bom-ref"]).unwrap_or_default().to_owned();
        let name = text(&component["name"]).unwrap_or("(unnamed)");
        let algorithm = match kind {
            "algorithm" => resolve_algorithm(registry, component),
            "protocol" => {
                let properties = &component["cryptoProperties"]["protocolProperties"];
                let typed = match (text(&properties["type"]), text(&properties["version"])) {
                    (Some(kind), Some(version)) => {
                        registry.by_name(&format!("{}-{version}", kind.to_ascii_uppercase()))
                    }
                    _ => None,
                };
                typed
                    .or_else(|| registry.by_name(name))
                    .map(|d| d.algorithm())
                    .filter(|a| a.primitive == Primitive::Protocol)
            }
            _ => continue,
        };
        let algorithm = match algorithm {
            Some(algorithm) => algorithm,
            None => {
                let oid = text(&component["cryptoProperties"]["oid"]).unwrap_or("none");
                unresolved(
                    &mut out,
                    component,
                    format!("{kind} `{name}` (oid {oid}) is not in the registry: scored unknown"),
                );
                let primitive =
                    text(&component["cryptoProperties"]["algorithmProperties"]["primitive"])
                        .and_then(Primitive::parse)
                        .unwrap_or(Primitive::Unknown);
                registry.unknown_name(name, primitive)
            }
        };
        let asset = Asset::algorithm(algorithm);
        by_ref.insert(reference, asset.id.clone());
        out.found(&asset, occurrences(component, document));
    }
    // Keys.
    for component in &crypto {
        if text(&component["cryptoProperties"]["assetType"]) != Some("related-crypto-material") {
            continue;
        }
        let properties = &component["cryptoProperties"]["relatedCryptoMaterialProperties"];
        let reference = text(&component["bom-ref"]).unwrap_or_default().to_owned();
        let name = text(&component["name"]).unwrap_or("(unnamed)");
        let kind = match text(&properties["type"]) {
            Some("private-key") => KeyKind::Private,
            Some("public-key") => KeyKind::Public,
            Some("secret-key" | "key") => KeyKind::Secret,
            _ => {
                // Tokens, nonces, salts, passwords: not keys, nothing to score.
                continue;
            }
        };
        // The key's algorithm: its reference, else its name and OID read as an algorithm.
        let algorithm = text(&properties["algorithmRef"])
            .and_then(|r| by_ref.get(r).cloned())
            .or_else(|| {
                let mut algorithm = resolve_algorithm(registry, component)?;
                let size = properties["size"]
                    .as_u64()
                    .and_then(|s| u32::try_from(s).ok());
                if let (Some(size), Some(definition)) = (size, registry.by_name(&algorithm.name))
                    && definition.sized_by().is_some()
                {
                    algorithm = definition.with_modulus(Some(size));
                }
                let asset = Asset::algorithm(algorithm);
                let id = asset.id.clone();
                out.findings.push(Finding {
                    asset,
                    occurrence: occurrences(component, document).remove(0),
                });
                Some(id)
            });
        if algorithm.is_none() {
            unresolved(
                &mut out,
                component,
                format!("key `{name}` names no algorithm the registry knows: scored unknown"),
            );
        }
        let key = Key {
            kind,
            algorithm,
            size_bits: properties["size"]
                .as_u64()
                .and_then(|s| u32::try_from(s).ok()),
            format: "rescored CycloneDX".to_owned(),
            id_basis: KeyIdBasis::Container,
            fingerprint: crate::detect::spki::sha256_hex(
                format!("{document}#{reference}").as_bytes(),
            ),
            native_fingerprint: None,
            protection: None,
            rsa: None,
            weaknesses: Vec::new(),
        };
        let asset = Asset::key(key);
        by_ref.insert(reference, asset.id.clone());
        out.found(&asset, occurrences(component, document));
    }
    // Certificates.
    for component in &crypto {
        if text(&component["cryptoProperties"]["assetType"]) != Some("certificate") {
            continue;
        }
        let properties = &component["cryptoProperties"]["certificateProperties"];
        let name = text(&component["name"]).unwrap_or("(unnamed)");
        let related = |kind: &str| -> Option<String> {
            properties["relatedCryptographicAssets"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|a| text(&a["type"]) == Some(kind))
                .and_then(|a| text(&a["ref"]))
                .map(str::to_owned)
        };
        let signature = text(&properties["signatureAlgorithmRef"])
            .map(str::to_owned)
            .or_else(|| related("algorithm"))
            .and_then(|r| by_ref.get(&r).cloned());
        let key = text(&properties["subjectPublicKeyRef"])
            .map(str::to_owned)
            .or_else(|| related("publicKey"))
            .and_then(|r| by_ref.get(&r).cloned());
        let (Some(signature_algorithm), Some(public_key)) = (signature, key) else {
            unresolved(
                &mut out,
                component,
                format!(
                    "certificate `{name}` does not reference both a signature algorithm and a public key in the document: not scored"
                ),
            );
            continue;
        };
        let subject = text(&properties["subjectName"]).unwrap_or(name).to_owned();
        let certificate = Certificate {
            issuer: text(&properties["issuerName"])
                .unwrap_or_default()
                .to_owned(),
            serial_hex: text(&properties["serialNumber"])
                .unwrap_or_default()
                .to_owned(),
            not_before: timestamp(&properties["notValidBefore"]).unwrap_or(0),
            not_after: timestamp(&properties["notValidAfter"]).unwrap_or(0),
            sha256: crate::detect::spki::sha256_hex(
                format!("{document}#{}", text(&component["bom-ref"]).unwrap_or(name)).as_bytes(),
            ),
            signature_algorithm,
            public_key,
            version: 3,
            basic_constraints_ca: None,
            key_usage: Vec::new(),
            self_issued: false,
            format: "rescored CycloneDX",
            subject,
        };
        let asset = Asset::certificate(certificate);
        out.found(&asset, occurrences(component, document));
    }
    out
}

/// Merges what was resolved into an inventory.
pub fn inventory(rescored: Rescored) -> Inventory {
    Inventory::merge(rescored.findings, rescored.diagnostics)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_written_by_other_tools_resolve() {
        let registry = Registry::builtin().unwrap_or_else(|e| panic!("{e}"));
        let named = |name: &str, properties: Value| -> Option<String> {
            let component = serde_json::json!({
                "name": name,
                "cryptoProperties": {"assetType": "algorithm", "algorithmProperties": properties}
            });
            resolve_algorithm(registry, &component).map(|a| a.name)
        };
        let none = serde_json::json!({});
        assert_eq!(named("SHA256", none.clone()).as_deref(), Some("SHA-256"));
        assert_eq!(
            named("SHA512withRSA", none.clone()).as_deref(),
            Some("RSA-PKCS1-1.5-SHA-512")
        );
        assert_eq!(
            named(
                "AES-128-GCM-128-12",
                serde_json::json!({"parameterSetIdentifier": "128", "mode": "gcm"})
            )
            .as_deref(),
            Some("AES-128-GCM")
        );
        assert_eq!(
            named("ECDH-secp521r1", none.clone()).as_deref(),
            Some("ECDH-P-521")
        );
        assert_eq!(
            named("RSA", serde_json::json!({"parameterSetIdentifier": "2048"})).as_deref(),
            Some("RSA-2048")
        );
        assert_eq!(named("draft-ietf-tls-hybrid-design-13", none), None);
    }
}
