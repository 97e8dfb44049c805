//! `cryptoscope score`: CBOMs published by the CycloneDX project, sonar-cryptography/CBOMkit,
//! cbomkit-theia and cdxgen (`tests/fixtures/cboms/`, origins in its README) are rescored; every
//! algorithm the expected-results table resolves comes out with that registry name, what it marks
//! unresolved is reported and scored unknown.

use std::collections::HashMap;

use cryptoscope::registry::Registry;
use cryptoscope::rescore::resolve_algorithm;
use serde_json::Value;

use crate::support::{arg, cryptoscope, fixture, property};

fn registry() -> &'static Registry {
    Registry::builtin().unwrap_or_else(|e| panic!("{e}"))
}

/// The expected name of a row: its base composed with its parameter (a size or a curve).
fn expected_name(base: &str, parameter: &str) -> Option<String> {
    if base == "unresolved" {
        return None;
    }
    let size = parameter.parse().ok();
    let curve = (!parameter.is_empty() && size.is_none()).then_some(parameter);
    Some(
        registry()
            .compose(base, size, None, curve)
            .unwrap_or_else(|| panic!("{base} is not a registry name"))
            .name,
    )
}

#[test]
fn published_cboms_resolve_as_the_expected_table_says() {
    let table =
        std::fs::read_to_string(fixture("cboms/expected.tsv")).unwrap_or_else(|e| panic!("{e}"));
    let mut documents: HashMap<String, Value> = HashMap::new();
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let columns: Vec<&str> = line.split('\t').collect();
        let [file, reference, name, _oid, resolves_to, parameter, ..] = columns[..] else {
            panic!("bad row {line}");
        };
        if resolves_to == "n/a" {
            continue;
        }
        let document = documents.entry(file.to_owned()).or_insert_with(|| {
            let text = std::fs::read_to_string(fixture(&format!("cboms/{file}")))
                .unwrap_or_else(|e| panic!("{e}"));
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"))
        });
        let component = document["components"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|c| {
                c["bom-ref"] == reference || (reference.starts_with('#') && c["name"] == name)
            })
            .unwrap_or_else(|| panic!("{file}: no component {reference}"));
        if component["cryptoProperties"]["assetType"] != "algorithm" {
            continue;
        }
        checked += 1;
        let got = resolve_algorithm(registry(), component).map(|a| a.name);
        let want = expected_name(resolves_to, parameter);
        if got != want {
            failures.push(format!(
                "{file} {reference} `{name}`: got {got:?}, want {want:?}"
            ));
        }
    }
    assert!(checked >= 40, "only {checked} rows checked");
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn score_rescores_another_tools_cbom_and_reports_what_it_cannot_resolve() {
    let file = fixture("cboms/sonar-cryptography-cbomkit-keycloak.cdx.json");
    let output = cryptoscope()
        .args(["score", arg(&file), "--policy", "nist"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("unresolved: sonar-cryptography-cbomkit-keycloak.cdx.json#9d5d3676-1e3f-4b46-8c9f-026623aaaae9: algorithm `RAW`"),
        "{stderr}"
    );
    let bom: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
    crate::support::assert_valid(&bom);
    let score: u32 = property(&bom["metadata"], "cryptoscope:quantum:score")
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no score"));
    // Keycloak's code uses SHA-1 and RSA: critical.
    assert!(score <= 39, "{score}");
    let names: Vec<&str> = bom["components"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert!(
        names.contains(&"SHA-1") && names.contains(&"RSA-2048"),
        "{names:?}"
    );
    // The occurrences of the source document are kept.
    let sha1 = bom["components"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|c| c["name"] == "SHA-1")
        .unwrap_or_else(|| panic!("no SHA-1"));
    assert!(
        sha1["evidence"]["occurrences"][0]["location"]
            .as_str()
            .is_some_and(|l| l.ends_with(".java"))
    );
    // Gates apply to a rescored document too, and a policy changes the verdicts.
    let gated = cryptoscope()
        .args([
            "score",
            arg(&file),
            "--fail-on",
            "broken",
            "-o",
            "/dev/null",
        ])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(gated.status.code(), Some(1));
    let pq = fixture("cboms/bom-examples-post-quantum-migration.cdx.json");
    let summary = |policy: &str| -> String {
        let out = cryptoscope()
            .args(["score", arg(&pq), "--format", "summary", "--policy", policy])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert!(summary("nist").contains("profile nist"));
    assert!(summary("cnsa2").contains("profile cnsa2"));
    // Not a CBOM: exit 2.
    let not_bom = fixture("cboms/README.md");
    let bad = cryptoscope()
        .args(["score", arg(&not_bom)])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(bad.status.code(), Some(2));
}
