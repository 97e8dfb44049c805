//! Helpers shared by the integration tests: running the binary with a pinned clock, validating every
//! CBOM against the official schemas offline, and looking things up in a BOM.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use assert_cmd::Command;
use jsonschema::{Retrieve, Uri, Validator};
use serde_json::Value;

/// The scan time every test pins: 2026-11-25T12:00:00Z.
pub const PINNED_TIME: &str = "2026-11-25T12:00:00Z";

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture path.
pub fn fixture(relative: &str) -> PathBuf {
    repo().join("tests/fixtures").join(relative)
}

/// The binary with a pinned clock and no inherited pinning variables.
pub fn cryptoscope() -> Command {
    let mut command = Command::cargo_bin("cryptoscope").unwrap_or_else(|e| panic!("{e}"));
    command
        .env("CRYPTOSCOPE_TIMESTAMP", PINNED_TIME)
        .env_remove("SOURCE_DATE_EPOCH");
    command
}

/// Scans with extra arguments and returns the CBOM, after checking exit code 0 and validating it
/// against the schema of its spec version.
pub fn scan_json(args: &[&str]) -> Value {
    let output = cryptoscope()
        .arg("scan")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        output.status.success(),
        "scan {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let bom: Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("not JSON: {e}"));
    assert_valid(&bom);
    bom
}

/// Maps the schemas' `http://cyclonedx.org/schema/` identifiers to `schemas/`.
struct LocalSchemas;

impl Retrieve for LocalSchemas {
    fn retrieve(
        &self,
        uri: &Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let name = uri
            .as_str()
            .strip_prefix("http://cyclonedx.org/schema/")
            .ok_or_else(|| format!("refusing to fetch {uri}: only local schemas are allowed"))?;
        let text = std::fs::read_to_string(repo().join("schemas").join(name))?;
        Ok(serde_json::from_str(&text)?)
    }
}

fn validator(spec: &str) -> Arc<Validator> {
    static VALIDATORS: OnceLock<HashMap<&'static str, Arc<Validator>>> = OnceLock::new();
    let validators = VALIDATORS.get_or_init(|| {
        ["1.6", "1.7"]
            .into_iter()
            .map(|version| {
                let path = repo().join(format!("schemas/bom-{version}.schema.json"));
                let schema: Value = serde_json::from_str(
                    &std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{e}")),
                )
                .unwrap_or_else(|e| panic!("{e}"));
                let compiled = jsonschema::options()
                    .with_retriever(LocalSchemas)
                    .should_validate_formats(true)
                    .build(&schema)
                    .unwrap_or_else(|e| panic!("schema {version} does not compile: {e}"));
                (version, Arc::new(compiled))
            })
            .collect()
    });
    Arc::clone(
        validators
            .get(spec)
            .unwrap_or_else(|| panic!("no schema for spec {spec}")),
    )
}

/// Validates a BOM against its spec version's schema, then checks what JSON Schema cannot: unique
/// bom-refs and references that resolve.
pub fn assert_valid(bom: &Value) {
    let spec = bom["specVersion"]
        .as_str()
        .unwrap_or_else(|| panic!("no specVersion"));
    let validator = validator(spec);
    let errors: Vec<String> = validator
        .iter_errors(bom)
        .take(10)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "BOM does not validate against {spec}: {errors:#?}"
    );

    let mut refs = BTreeSet::new();
    let mut collect = |value: &Value| {
        if let Some(r) = value.get("bom-ref").and_then(Value::as_str) {
            assert!(refs.insert(r.to_owned()), "duplicate bom-ref {r}");
        }
    };
    collect(&bom["metadata"]["component"]);
    for component in components(bom) {
        collect(component);
    }
    let mut targets: Vec<String> = Vec::new();
    for dependency in bom["dependencies"].as_array().into_iter().flatten() {
        targets.push(str_of(&dependency["ref"]));
        for key in ["dependsOn", "provides"] {
            targets.extend(dependency[key].as_array().into_iter().flatten().map(str_of));
        }
    }
    for component in components(bom) {
        let crypto = &component["cryptoProperties"];
        for (section, key) in [
            ("certificateProperties", "signatureAlgorithmRef"),
            ("certificateProperties", "subjectPublicKeyRef"),
            ("relatedCryptoMaterialProperties", "algorithmRef"),
        ] {
            if let Some(r) = crypto[section][key].as_str() {
                targets.push(r.to_owned());
            }
        }
        for section in ["certificateProperties", "relatedCryptoMaterialProperties"] {
            for related in crypto[section]["relatedCryptographicAssets"]
                .as_array()
                .into_iter()
                .flatten()
            {
                targets.push(str_of(&related["ref"]));
            }
        }
    }
    for target in targets {
        assert!(
            refs.contains(&target),
            "reference {target} does not resolve"
        );
    }
}

fn str_of(value: &Value) -> String {
    value
        .as_str()
        .unwrap_or_else(|| panic!("not a string: {value}"))
        .to_owned()
}

/// The BOM's components.
pub fn components(bom: &Value) -> impl Iterator<Item = &Value> {
    bom["components"].as_array().into_iter().flatten()
}

/// The component with this bom-ref.
pub fn component<'b>(bom: &'b Value, bom_ref: &str) -> &'b Value {
    components(bom)
        .find(|c| c["bom-ref"] == bom_ref)
        .unwrap_or_else(|| panic!("no component {bom_ref}"))
}

/// A property's value on a component or on the metadata.
pub fn property<'b>(holder: &'b Value, name: &str) -> Option<&'b str> {
    holder["properties"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|p| p["name"] == name)
        .and_then(|p| p["value"].as_str())
}

/// Every value of a repeated property.
pub fn properties<'b>(holder: &'b Value, name: &str) -> Vec<&'b str> {
    holder["properties"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["name"] == name)
        .filter_map(|p| p["value"].as_str())
        .collect()
}

/// Reads a tab-separated manifest into rows keyed by column name.
pub fn manifest(path: &Path) -> Vec<HashMap<String, String>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            header
                .iter()
                .zip(line.split('\t').chain(std::iter::repeat("")))
                .map(|(k, v)| ((*k).to_owned(), v.to_owned()))
                .collect()
        })
        .collect()
}

/// A path as a `&str` argument.
pub fn arg(path: &Path) -> &str {
    path.to_str().unwrap_or_else(|| panic!("non-UTF-8 path"))
}

/// Validates a SARIF log against the official SARIF 2.1.0 schema in `schemas/` (draft 4).
pub fn assert_valid_sarif(log: &Value) {
    static VALIDATOR: OnceLock<Validator> = OnceLock::new();
    let validator = VALIDATOR.get_or_init(|| {
        let path = repo().join("schemas/sarif-schema-2.1.0.json");
        let schema: Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{e}")))
                .unwrap_or_else(|e| panic!("{e}"));
        jsonschema::options()
            .with_retriever(LocalSchemas)
            .build(&schema)
            .unwrap_or_else(|e| panic!("the SARIF schema does not compile: {e}"))
    });
    let errors: Vec<String> = validator
        .iter_errors(log)
        .take(10)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "SARIF does not validate: {errors:#?}");
}
