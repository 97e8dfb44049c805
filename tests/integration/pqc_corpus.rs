//! The whole IETF hackathon post-quantum corpus (242 certificates and keys from OpenSSL 3.5,
//! BouncyCastle, Entrust, Sanctum, OQS and others, copied into `tests/fixtures/pqc-corpus`): every
//! artifact is found, and every standard ML-DSA, ML-KEM, SLH-DSA and composite one gets its name.

use std::collections::HashMap;

use serde_json::Value;

use crate::support::{arg, components, fixture, manifest, properties, property, scan_json};

/// The corpus's OID table (`oids.tsv`), OID -> name as the IETF tables spell it.
fn oid_names() -> HashMap<String, String> {
    manifest(&fixture("pqc-corpus/oids.tsv"))
        .into_iter()
        .map(|row| (row["oid"].clone(), row["name"].clone()))
        .collect()
}

/// The canonical name for a standard post-quantum OID, derived from the IETF name; `None` for
/// pre-standard OIDs (checked separately).
fn expected_name(oid: &str, names: &HashMap<String, String>) -> Option<String> {
    let arc = |prefix: &str| oid.strip_prefix(prefix).and_then(|a| a.parse::<u32>().ok());
    let ietf = names.get(oid)?;
    if let Some(n) = arc("2.16.840.1.101.3.4.3.") {
        return match n {
            17..=31 => Some(ietf.clone()),
            // HashML-DSA uses SHA-512 (FIPS 204 / NIST CSOR id-hash-ml-dsa-*-with-sha512).
            32..=34 => Some(format!(
                "{}-SHA-512",
                ietf.replace("HASH-ML-DSA", "HashML-DSA")
            )),
            // HashSLH-DSA: SHA-256 / SHAKE128 for the 128-bit sets, SHA-512 / SHAKE256 otherwise.
            35..=46 => {
                let base = ietf.replace("HASH-SLH-DSA", "HashSLH-DSA");
                let hash = match (base.contains("SHAKE"), base.contains("-128")) {
                    (false, true) => "SHA-256",
                    (false, false) => "SHA-512",
                    (true, true) => "SHAKE128",
                    (true, false) => "SHAKE256",
                };
                Some(format!("{base}-{hash}"))
            }
            _ => None,
        };
    }
    if arc("2.16.840.1.101.3.4.4.").is_some() {
        return Some(ietf.clone());
    }
    if arc("1.3.6.1.5.5.7.6.").is_some_and(|n| (37..=66).contains(&n)) {
        return Some(ietf.trim_start_matches("id-").to_owned());
    }
    None
}

fn names_at<'b>(bom: &'b Value, location: &str) -> Vec<&'b str> {
    components(bom)
        .filter(|c| {
            c["evidence"]["occurrences"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|o| o["location"] == location)
        })
        .filter(|c| c["cryptoProperties"]["assetType"] == "algorithm")
        .filter_map(|c| c["name"].as_str())
        .collect()
}

#[test]
fn every_standard_post_quantum_artifact_is_named_correctly() {
    let root = fixture("pqc-corpus");
    let bom = scan_json(&[arg(&root)]);
    assert!(properties(&bom["metadata"], "cryptoscope:diagnostic").is_empty());
    let names = oid_names();
    let rows = manifest(&root.join("manifest.tsv"));
    assert_eq!(rows.len(), 242);
    let mut standard = 0;
    let mut failures = Vec::new();
    for row in &rows {
        let location = format!("artifacts/{}", row["file"]);
        let found = names_at(&bom, &location);
        assert!(!found.is_empty(), "nothing found in {location}");
        // The algorithm OpenSSL reads from the file (the declared one can be mislabelled).
        let oid = row["openssl30_alg"]
            .split_once(':')
            .map_or("", |(_, oid)| oid);
        match expected_name(oid, &names) {
            Some(expected) => {
                standard += 1;
                if !found.contains(&expected.as_str()) {
                    failures.push(format!("{location}: expected {expected}, found {found:?}"));
                }
            }
            None => {
                // Pre-standard and classical artifacts: named, never left as a bare OID.
                let unknown: Vec<&&str> = found
                    .iter()
                    .filter(|n| n.chars().all(|c| c.is_ascii_digit() || c == '.'))
                    .collect();
                if !unknown.is_empty() {
                    failures.push(format!("{location}: unresolved {unknown:?}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} misnamed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
    assert!(
        standard >= 150,
        "only {standard} standard artifacts checked"
    );
}

#[test]
fn pre_standard_identifiers_are_marked_as_such() {
    let bom = scan_json(&[arg(&fixture("pqc-corpus/artifacts/oqs-provider-r3"))]);
    let statuses: Vec<&str> = components(&bom)
        .filter(|c| c["cryptoProperties"]["assetType"] == "algorithm")
        .filter_map(|c| property(c, "cryptoscope:algorithm:status"))
        .collect();
    assert!(!statuses.is_empty());
    assert!(statuses.contains(&"pre-standard"), "{statuses:?}");
    let hints: Vec<&str> = components(&bom)
        .filter(|c| property(c, "cryptoscope:algorithm:status") == Some("pre-standard"))
        .filter_map(|c| property(c, "cryptoscope:quantum:replace-with"))
        .collect();
    assert!(
        !hints.is_empty(),
        "pre-standard algorithms carry a migration hint"
    );
}
