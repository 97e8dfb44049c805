//! Source-code detection end to end: a Java service scanned into a CBOM with exact lines, columns,
//! symbols, parameters and functions; the protocol asset; unresolved names; no hard-coded key in
//! the output; `--rules DIR` adding a rule and refusing an invalid one. The per-rule annotated files
//! under `rules/` are tested by the library's own tests (`cryptoscope rules test rules/`).

use serde_json::Value;

use crate::support::{arg, component, cryptoscope, fixture, property, scan_json};

/// The occurrences of a component, as (location, line, offset, symbol, context).
fn occurrences(component: &Value) -> Vec<(String, u64, u64, String, String)> {
    component["evidence"]["occurrences"]
        .as_array()
        .unwrap_or_else(|| panic!("no occurrences in {component}"))
        .iter()
        .map(|o| {
            (
                o["location"].as_str().unwrap_or_default().to_owned(),
                o["line"].as_u64().unwrap_or_default(),
                o["offset"].as_u64().unwrap_or(u64::MAX),
                o["symbol"].as_str().unwrap_or_default().to_owned(),
                o["additionalContext"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
            )
        })
        .collect()
}

fn vault_bom(spec: &str) -> Value {
    let root = fixture("source");
    scan_json(&[arg(&root), "--spec-version", spec])
}

#[test]
fn java_calls_become_algorithms_with_exact_places() {
    for spec in ["1.6", "1.7"] {
        let bom = vault_bom(spec);

        // Cipher.getInstance(TRANSFORMATION): the constant resolves to AES/GCM/NoPadding.
        let gcm = component(&bom, "crypto/algorithm/ae/AES-GCM");
        assert_eq!(
            gcm["cryptoProperties"]["algorithmProperties"]["mode"],
            "gcm"
        );
        assert_eq!(
            gcm["cryptoProperties"]["algorithmProperties"]["cryptoFunctions"],
            serde_json::json!(["encrypt"])
        );
        let places = occurrences(gcm);
        assert_eq!(places.len(), 1, "{places:?}");
        let (location, line, offset, symbol, context) = &places[0];
        assert_eq!(location, "java/Vault.java");
        assert_eq!((*line, *offset), (15, 24), "line 15, column offset 24");
        assert_eq!(symbol, "Cipher.getInstance");
        assert_eq!(
            context,
            "Cipher cipher = Cipher.getInstance(TRANSFORMATION); [rule java-jca-cipher]"
        );

        // KeyPairGenerator.getInstance("RSA") sized by initialize(RSA_BITS) two lines on.
        let rsa = component(&bom, "crypto/algorithm/pke/RSA-2048");
        assert_eq!(
            rsa["cryptoProperties"]["algorithmProperties"]["parameterSetIdentifier"],
            "2048"
        );
        assert_eq!(
            rsa["cryptoProperties"]["algorithmProperties"]["cryptoFunctions"],
            serde_json::json!(["keygen"])
        );
        let places = occurrences(rsa);
        assert_eq!(
            (places[0].1, places[0].2, places[0].3.as_str()),
            (22, 31, "KeyPairGenerator.getInstance")
        );
        assert_eq!(
            property(rsa, "cryptoscope:quantum:class"),
            Some("quantum-vulnerable")
        );

        // A bare "DESede" runs in ECB: 3DES in ECB, broken, with the reason in the context.
        let des = component(&bom, "crypto/algorithm/block-cipher/3DES/ecb");
        assert_eq!(des["name"], "3DES");
        assert_eq!(
            des["cryptoProperties"]["algorithmProperties"]["mode"],
            "ecb"
        );
        let places = occurrences(des);
        assert_eq!((places[0].1, places[0].2), (28, 21));
        assert!(
            places[0]
                .4
                .contains("[no mode given: the JCA default is ECB]"),
            "{}",
            places[0].4
        );
        assert_eq!(
            property(des, "cryptoscope:quantum:class"),
            Some("broken-classically")
        );

        // SecretKeySpec(..., "AES"): the key's algorithm, function other.
        let aes = component(&bom, "crypto/algorithm/block-cipher/AES");
        let places = occurrences(aes);
        assert_eq!(
            (places[0].1, places[0].2, places[0].3.as_str()),
            (16, 28, "SecretKeySpec")
        );

        // A transformation from a method parameter: unknown, with the expression.
        let unknown = component(&bom, "crypto/algorithm/unknown/unknown");
        let places = occurrences(unknown);
        assert_eq!(places[0].1, 29);
        assert!(
            places[0]
                .4
                .ends_with("[unresolved algorithm configured] [rule java-jca-cipher]"),
            "{}",
            places[0].4
        );
        assert_eq!(
            property(unknown, "cryptoscope:quantum:class"),
            Some("unknown")
        );

        // SSLContext.getInstance("TLSv1"): a protocol asset, deprecated.
        let tls = component(&bom, "crypto/protocol/TLS-1.0");
        assert_eq!(tls["name"], "TLS-1.0");
        assert_eq!(tls["cryptoProperties"]["assetType"], "protocol");
        assert_eq!(tls["cryptoProperties"]["protocolProperties"]["type"], "tls");
        assert_eq!(
            tls["cryptoProperties"]["protocolProperties"]["version"],
            "1.0"
        );
        assert_eq!(occurrences(tls)[0].1, 30);
        assert_eq!(
            property(tls, "cryptoscope:quantum:class"),
            Some("broken-classically")
        );
    }
}

#[test]
fn a_hard_coded_key_never_reaches_the_output() {
    let root = fixture("source");
    for format in ["cyclonedx", "summary"] {
        let output = cryptoscope()
            .args(["scan", arg(&root), "--format", format, "--verbose"])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(output.status.success());
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(
            !text.contains("0123456789abcdef"),
            "the key literal leaked in {format}"
        );
    }
    // The line with the key is still evidence, with the literal masked.
    let bom = vault_bom("1.6");
    let aes = component(&bom, "crypto/algorithm/block-cipher/AES");
    assert!(
        occurrences(aes)[0]
            .4
            .starts_with("SecretKeySpec key = new SecretKeySpec(\"…\".getBytes(), \"AES\");"),
        "{:?}",
        occurrences(aes)
    );
}

#[test]
fn rules_from_a_folder_are_added_and_invalid_ones_refused() {
    let root = fixture("source");
    let rules = fixture("source-rules");
    let bom = scan_json(&[arg(&root), "--rules", arg(&rules)]);
    let sealed = component(&bom, "crypto/algorithm/ae/AES-256-GCM");
    let places = occurrences(sealed);
    assert_eq!((places[0].1, places[0].3.as_str()), (34, "AcmeVault.seal"));
    assert!(places[0].4.ends_with("[rule java-acme-vault]"));

    // Without the folder, the in-house API is not reported.
    let plain = scan_json(&[arg(&root)]);
    let refs: Vec<&str> = plain["components"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["bom-ref"].as_str())
        .collect();
    assert!(
        !refs.contains(&"crypto/algorithm/ae/AES-256-GCM"),
        "{refs:?}"
    );

    let invalid = fixture("source-rules-invalid");
    let output = cryptoscope()
        .args(["scan", arg(&root), "--rules", arg(&invalid)])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("java/java-wrong-name.yaml")
            && stderr.contains("differs from the file name"),
        "{stderr}"
    );
}

#[test]
fn the_rules_command_tests_a_rules_folder() {
    let output = cryptoscope()
        .args([
            "rules",
            "test",
            arg(&crate::support::repo().join("rules")),
            "--language",
            "java",
        ])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(stdout.trim_end().ends_with(": 0 failures"), "{stdout}");

    // A rule whose annotation is wrong fails, naming the file and line.
    let dir = std::env::temp_dir().join(format!("cryptoscope-rules-test-{}", std::process::id()));
    let java = dir.join("java");
    std::fs::create_dir_all(&java).unwrap_or_else(|e| panic!("{e}"));
    std::fs::copy(
        fixture("source-rules/java/java-acme-vault.yaml"),
        java.join("java-acme-vault.yaml"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        java.join("java-acme-vault.java"),
        "class T {\n    void f() {\n        // ruleid: java-acme-vault -> AES-128-GCM\n        AcmeVault.seal(data);\n        // ok: java-acme-vault\n        AcmeVault.seal(other);\n    }\n}\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let output = cryptoscope()
        .args(["rules", "test", arg(&dir)])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains(
            "java/java-acme-vault.java:4: `java-acme-vault` expected AES-128-GCM, found AES-256-GCM"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("java/java-acme-vault.java:6: `java-acme-vault` matched but must not"),
        "{stdout}"
    );
}
