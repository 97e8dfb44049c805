//! The algorithm registry's invariants, checked against the data file and the CycloneDX 1.7 enums.

use std::collections::BTreeSet;

use cryptoscope::model::{AlgorithmClass, Primitive};
use cryptoscope::registry::{Registry, normalise};
use serde_json::Value;

use crate::support::repo;

fn registry() -> &'static Registry {
    Registry::builtin().unwrap_or_else(|e| panic!("built-in registry invalid: {e}"))
}

fn enum_values(definition: &str) -> BTreeSet<String> {
    let path = repo().join("schemas/cryptography-defs.schema.json");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{e}")))
            .unwrap_or_else(|e| panic!("{e}"));
    schema["definitions"][definition]["enum"]
        .as_array()
        .unwrap_or_else(|| panic!("no enum {definition}"))
        .iter()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect()
}

fn data() -> toml::Table {
    let text = std::fs::read_to_string(repo().join("rules/algorithms.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    text.parse().unwrap_or_else(|e| panic!("{e}"))
}

fn strings(entry: &toml::Value, key: &str) -> Vec<String> {
    entry
        .get(key)
        .and_then(toml::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect()
}

#[test]
fn the_builtin_registry_loads_and_is_substantial() {
    assert!(registry().len() >= 150, "only {} entries", registry().len());
}

#[test]
fn families_and_curves_are_cyclonedx_1_7_values() {
    let families = enum_values("algorithmFamiliesEnum");
    // A protocol's family is the protocol (TLS, SSL, DTLS), written as protocolProperties.type.
    for definition in registry()
        .definitions()
        .filter(|d| d.algorithm().primitive != cryptoscope::model::Primitive::Protocol)
    {
        if let Some(family) = definition.family() {
            assert!(
                families.contains(family),
                "{}: family {family} is not in the 1.7 enum",
                definition.name()
            );
        }
    }
    let curves = enum_values("ellipticCurvesEnum");
    let table = data();
    for curve in table["curve"].as_array().into_iter().flatten() {
        if let Some(cdx) = curve.get("cdx").and_then(toml::Value::as_str) {
            assert!(
                curves.contains(cdx),
                "curve value {cdx} is not in the 1.7 enum"
            );
        }
    }
}

#[test]
fn every_name_alias_and_oid_resolves_to_its_entry() {
    let table = data();
    let mut seen_names = BTreeSet::new();
    for entry in table["algorithm"].as_array().into_iter().flatten() {
        let name = entry["name"]
            .as_str()
            .unwrap_or_else(|| panic!("entry without a name"));
        assert!(seen_names.insert(normalise(name)), "{name} twice");
        for alias in strings(entry, "aliases")
            .iter()
            .chain(std::iter::once(&name.to_owned()))
        {
            let found = registry().by_name(alias).map(|d| d.name());
            assert_eq!(found, Some(name), "alias {alias}");
        }
        for oid in strings(entry, "oids") {
            let found = registry().by_oid(&oid).map(|d| d.name());
            assert_eq!(found, Some(name), "OID {oid}");
        }
    }
}

#[test]
fn levels_and_classes_are_consistent() {
    for definition in registry().definitions() {
        let algorithm = definition.algorithm();
        let name = &algorithm.name;
        let class = algorithm
            .class
            .unwrap_or_else(|| panic!("{name} has no class"));
        if let Some(level) = algorithm.quantum_level {
            assert!(level <= 5, "{name}");
            if class == AlgorithmClass::QuantumSafe {
                assert!(level >= 1, "{name}: quantum-safe at level 0");
            }
            if class == AlgorithmClass::QuantumVulnerable {
                assert_eq!(level, 0, "{name}: quantum-vulnerable must be level 0");
            }
        }
        if class != AlgorithmClass::QuantumSafe {
            assert!(
                algorithm.replace_with.is_some(),
                "{name} needs a migration hint"
            );
        }
        assert!(
            algorithm
                .source
                .as_deref()
                .is_some_and(|s| !s.trim().is_empty()),
            "{name} needs a source"
        );
        assert_ne!(algorithm.primitive, Primitive::Unknown, "{name}");
    }
}

#[test]
fn post_quantum_and_composite_oids_have_their_standard_names() {
    let cases = [
        ("2.16.840.1.101.3.4.3.17", "ML-DSA-44", 2),
        ("2.16.840.1.101.3.4.3.18", "ML-DSA-65", 3),
        ("2.16.840.1.101.3.4.3.19", "ML-DSA-87", 5),
        ("2.16.840.1.101.3.4.4.1", "ML-KEM-512", 1),
        ("2.16.840.1.101.3.4.4.2", "ML-KEM-768", 3),
        ("2.16.840.1.101.3.4.4.3", "ML-KEM-1024", 5),
        ("2.16.840.1.101.3.4.3.20", "SLH-DSA-SHA2-128s", 1),
        ("2.16.840.1.101.3.4.3.31", "SLH-DSA-SHAKE-256f", 5),
        ("1.3.6.1.5.5.7.6.37", "MLDSA44-RSA2048-PSS-SHA256", 2),
        ("1.3.6.1.5.5.7.6.66", "MLKEM1024-ECDH-P521-SHA3-256", 5),
    ];
    for (oid, name, level) in cases {
        let algorithm = registry().by_oid(oid).map(|d| d.algorithm());
        assert_eq!(
            algorithm.as_ref().map(|a| a.name.as_str()),
            Some(name),
            "{oid}"
        );
        assert_eq!(
            algorithm.and_then(|a| a.quantum_level),
            Some(level),
            "{oid}"
        );
    }
    for arc in 37..=66 {
        let oid = format!("1.3.6.1.5.5.7.6.{arc}");
        let algorithm = registry().by_oid(&oid).map(|d| d.algorithm());
        let class = algorithm.and_then(|a| a.class);
        assert_eq!(class, Some(AlgorithmClass::QuantumSafe), "composite {oid}");
    }
}

#[test]
fn key_algorithms_are_parametric() {
    let rsa = registry()
        .by_oid("1.2.840.113549.1.1.1")
        .unwrap_or_else(|| panic!("rsaEncryption"));
    assert_eq!(rsa.with_modulus(Some(3072)).name, "RSA-3072");
    let ecdsa = registry()
        .by_oid("1.2.840.10045.2.1")
        .unwrap_or_else(|| panic!("id-ecPublicKey"));
    let p384 = registry()
        .curve_by_oid("1.3.132.0.34")
        .unwrap_or_else(|| panic!("P-384"));
    let algorithm = ecdsa.on_curve(p384);
    assert_eq!(
        (algorithm.name.as_str(), algorithm.classical_bits),
        ("ECDSA-P-384", Some(192))
    );
    let x25519 = registry()
        .curve_by_name("Curve25519")
        .map(|c| c.classical_bits());
    assert_eq!(x25519, Some(128));
}

#[test]
fn every_binary_table_name_is_a_registry_algorithm() {
    use cryptoscope::detect::binary::{algorithm, tables::Tables};
    let tables = Tables::builtin().unwrap_or_else(|e| panic!("{e}"));
    let unknown: Vec<String> = tables
        .algorithm_names()
        .into_iter()
        .filter(|(_, name)| !algorithm(registry(), name).is_known())
        .map(|(place, name)| format!("{place}: {name}"))
        .collect();
    assert!(unknown.is_empty(), "not in the registry: {unknown:#?}");
    assert!(tables.libraries.len() >= 20, "{}", tables.libraries.len());
    assert!(tables.constants.len() >= 15, "{}", tables.constants.len());
}
