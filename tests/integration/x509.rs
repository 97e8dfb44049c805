//! Certificates: every fact of every fixture certificate, compared with the manifest that
//! `tests/fixtures/make-fixtures.sh` computed with openssl.

use std::collections::HashMap;

use serde_json::Value;

use crate::support::{
    arg, component, components, fixture, manifest, properties, property, scan_json,
};

/// OpenSSL's key usage names and their RFC 5280 spelling.
const KEY_USAGE: [(&str, &str); 9] = [
    ("Digital Signature", "digitalSignature"),
    ("Non Repudiation", "nonRepudiation"),
    ("Key Encipherment", "keyEncipherment"),
    ("Data Encipherment", "dataEncipherment"),
    ("Key Agreement", "keyAgreement"),
    ("Certificate Sign", "keyCertSign"),
    ("CRL Sign", "cRLSign"),
    ("Encipher Only", "encipherOnly"),
    ("Decipher Only", "decipherOnly"),
];

fn certificate_of<'b>(bom: &'b Value, row: &HashMap<String, String>) -> &'b Value {
    component(bom, &format!("crypto/certificate/sha256:{}", row["sha256"]))
}

fn referenced<'b>(bom: &'b Value, holder: &Value, section: &str, key: &str) -> &'b Value {
    let reference = holder["cryptoProperties"][section][key]
        .as_str()
        .unwrap_or_else(|| panic!("no {section}.{key}"));
    component(bom, reference)
}

/// The (signature algorithm, key algorithm) names of a certificate.
fn algorithm_names<'b>(bom: &'b Value, certificate: &Value) -> (&'b str, &'b str) {
    let signature = referenced(
        bom,
        certificate,
        "certificateProperties",
        "signatureAlgorithmRef",
    );
    let key = referenced(
        bom,
        certificate,
        "certificateProperties",
        "subjectPublicKeyRef",
    );
    let key_algorithm = referenced(bom, key, "relatedCryptoMaterialProperties", "algorithmRef");
    (
        signature["name"].as_str().unwrap_or_default(),
        key_algorithm["name"].as_str().unwrap_or_default(),
    )
}

#[test]
fn every_manifest_fact_is_reported() {
    let dir = fixture("x509");
    let bom = scan_json(&[arg(&dir)]);
    let rows = manifest(&dir.join("manifest.tsv"));
    assert_eq!(rows.len(), 17);
    let certificates = components(&bom)
        .filter(|c| c["cryptoProperties"]["assetType"] == "certificate")
        .count();
    assert_eq!(
        certificates,
        rows.len(),
        "one certificate component per manifest row"
    );

    for row in &rows {
        let file = &row["file"];
        let certificate = certificate_of(&bom, row);
        let properties_ = &certificate["cryptoProperties"]["certificateProperties"];
        assert_eq!(
            properties_["subjectName"],
            row["subject"].as_str(),
            "{file}"
        );
        assert_eq!(properties_["issuerName"], row["issuer"].as_str(), "{file}");
        assert_eq!(
            properties_["notValidBefore"],
            row["not_before"].as_str(),
            "{file}"
        );
        assert_eq!(
            properties_["notValidAfter"],
            row["not_after"].as_str(),
            "{file}"
        );
        assert_eq!(properties_["certificateFormat"], "X.509");
        assert_eq!(
            property(certificate, "cryptoscope:certificate:serial"),
            Some(row["serial"].as_str()),
            "{file}"
        );
        assert_eq!(
            property(certificate, "cryptoscope:certificate:is-ca"),
            Some(row["is_ca"].as_str()),
            "{file}"
        );
        let expected_usage: Vec<&str> = row["key_usage"]
            .split(',')
            .filter(|u| !u.is_empty())
            .map(|u| {
                KEY_USAGE
                    .iter()
                    .find(|(openssl, _)| *openssl == u)
                    .map(|(_, rfc)| *rfc)
                    .unwrap_or_else(|| panic!("unknown key usage {u}"))
            })
            .collect();
        let usage = property(certificate, "cryptoscope:certificate:key-usage").unwrap_or_default();
        assert_eq!(
            usage
                .split(',')
                .filter(|u| !u.is_empty())
                .collect::<Vec<_>>(),
            expected_usage,
            "{file}"
        );

        // Where it was found: the file, and the line (PEM) or byte offset (DER).
        let occurrences = certificate["evidence"]["occurrences"]
            .as_array()
            .unwrap_or_else(|| panic!("occurrences"));
        let bytes = std::fs::read(dir.join(file)).unwrap_or_else(|e| panic!("{e}"));
        let found = occurrences
            .iter()
            .find(|o| o["location"] == file.as_str())
            .unwrap_or_else(|| panic!("no occurrence in {file}"));
        let offset = found["offset"]
            .as_u64()
            .unwrap_or_else(|| panic!("no offset")) as usize;
        if row["format"] == "PEM" {
            assert_eq!(
                found["line"].as_u64(),
                row["line"].parse::<u64>().ok(),
                "{file} line"
            );
            // The manifest gives the start of the BEGIN line; the occurrence points at the marker.
            let line_start: usize = row["offset"].parse().unwrap_or_else(|e| panic!("{e}"));
            let indent = bytes[line_start..]
                .iter()
                .take_while(|b| **b == b' ' || **b == b'\t')
                .count();
            assert_eq!(offset, line_start + indent, "{file} offset");
            assert!(bytes[offset..].starts_with(b"-----BEGIN "));
        } else {
            assert_eq!(found.get("line"), None, "{file}: DER has no line");
            assert_eq!(offset.to_string(), row["offset"], "{file} offset");
        }

        // The linked algorithms and key.
        let signature = referenced(
            &bom,
            certificate,
            "certificateProperties",
            "signatureAlgorithmRef",
        );
        assert_eq!(
            signature["cryptoProperties"]["oid"],
            row["sig_oid"].as_str(),
            "{file} signature OID"
        );
        let key = referenced(
            &bom,
            certificate,
            "certificateProperties",
            "subjectPublicKeyRef",
        );
        let material = &key["cryptoProperties"]["relatedCryptoMaterialProperties"];
        assert_eq!(material["type"], "public-key");
        assert!(
            material["id"]
                .as_str()
                .is_some_and(|id| id.starts_with("sha256:") && id.len() == 71)
        );
        if !row["key_bits"].is_empty() {
            assert_eq!(
                material["size"].to_string(),
                row["key_bits"],
                "{file} key bits"
            );
        }
        let key_algorithm =
            referenced(&bom, key, "relatedCryptoMaterialProperties", "algorithmRef");
        let key_agreement = expected_usage.contains(&"keyAgreement");
        let expected_key_oid = match row["key_oid"].as_str() {
            // An RSASSA-PSS key is an RSA key; its algorithm is named by rsaEncryption.
            "1.2.840.113549.1.1.10" => "1.2.840.113549.1.1.1",
            // An EC key allowed to agree on keys is an ECDH key: its algorithm is id-ecDH.
            "1.2.840.10045.2.1" if key_agreement => "1.3.132.1.12",
            other => other,
        };
        assert_eq!(
            key_algorithm["cryptoProperties"]["oid"], expected_key_oid,
            "{file} key OID"
        );
        if !row["curve"].is_empty() {
            assert_eq!(
                key_algorithm["cryptoProperties"]["algorithmProperties"]["curve"],
                row["curve"].as_str(),
                "{file} curve"
            );
        }
    }
}

#[test]
fn algorithms_get_their_canonical_names_and_classes() {
    let dir = fixture("x509");
    let bom = scan_json(&[arg(&dir)]);
    let rows = manifest(&dir.join("manifest.tsv"));
    let by_subject = |cn: &str| -> &Value {
        let row = rows
            .iter()
            .find(|r| r["subject"].starts_with(&format!("CN={cn},")))
            .unwrap_or_else(|| panic!("no row for {cn}"));
        certificate_of(&bom, row)
    };
    let cases = [
        (
            "rsa2048-sha256",
            "RSA-PKCS1-1.5-SHA-256",
            "RSA-2048",
            "quantum-vulnerable",
        ),
        (
            "rsa1024-sha1",
            "RSA-PKCS1-1.5-SHA-1",
            "RSA-1024",
            "broken-classically",
        ),
        (
            "ecdsa-p521-sha512",
            "ECDSA-SHA-512",
            "ECDSA-P-521",
            "quantum-vulnerable",
        ),
        ("ed25519", "Ed25519", "Ed25519", "quantum-vulnerable"),
        ("ed448", "Ed448", "Ed448", "quantum-vulnerable"),
        (
            "secp256k1",
            "ECDSA-SHA-256",
            "ECDSA-secp256k1",
            "quantum-vulnerable",
        ),
        (
            "rsa-pss-3072",
            "RSA-PSS-SHA-256",
            "RSA-3072",
            "quantum-vulnerable",
        ),
        ("dsa2048", "DSA-SHA-256", "DSA-2048", "broken-classically"),
        (
            "rsa-keyenc",
            "RSA-PKCS1-1.5-SHA-256",
            "RSA-3072",
            "quantum-vulnerable",
        ),
        (
            "leaf.fixtures.cryptoscope.test",
            "ECDSA-SHA-384",
            "ECDH-P-256",
            "quantum-vulnerable",
        ),
    ];
    for (cn, signature, key, class) in cases {
        let certificate = by_subject(cn);
        assert_eq!(algorithm_names(&bom, certificate), (signature, key), "{cn}");
        assert_eq!(
            property(certificate, "cryptoscope:quantum:class"),
            Some(class),
            "{cn}"
        );
    }

    // The key usage decides the role of the key's algorithm.
    let primitive_of_key = |cn: &str| -> String {
        let key = referenced(
            &bom,
            by_subject(cn),
            "certificateProperties",
            "subjectPublicKeyRef",
        );
        let algorithm = referenced(&bom, key, "relatedCryptoMaterialProperties", "algorithmRef");
        algorithm["cryptoProperties"]["algorithmProperties"]["primitive"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(primitive_of_key("rsa2048-sha256"), "signature");
    assert_eq!(primitive_of_key("rsa-keyenc"), "pke");
    assert_eq!(
        primitive_of_key("leaf.fixtures.cryptoscope.test"),
        "key-agree"
    );

    // Security levels come from the registry and the SP 800-57 tables.
    let level = |name: &str| -> (u64, u64) {
        let algorithm = components(&bom)
            .find(|c| c["name"] == name)
            .unwrap_or_else(|| panic!("no {name}"));
        let properties_ = &algorithm["cryptoProperties"]["algorithmProperties"];
        (
            properties_["classicalSecurityLevel"]
                .as_u64()
                .unwrap_or(u64::MAX),
            properties_["nistQuantumSecurityLevel"]
                .as_u64()
                .unwrap_or(u64::MAX),
        )
    };
    assert_eq!(level("RSA-1024"), (80, 0));
    assert_eq!(level("RSA-2048"), (112, 0));
    assert_eq!(level("RSA-4096"), (128, 0));
    assert_eq!(level("ECDSA-P-384"), (192, 0));
    assert_eq!(level("ECDSA-P-521"), (256, 0));
    assert_eq!(level("Ed448"), (224, 0));

    // An RSA-2048 certificate valid past 2030 outlives the 112-bit deadline.
    let rsa2048 = by_subject("rsa2048-sha256");
    assert_eq!(
        property(rsa2048, "cryptoscope:quantum:outlives-deadline"),
        Some("2030")
    );
    assert_eq!(
        property(rsa2048, "cryptoscope:quantum:replace-with"),
        Some("ML-DSA-65")
    );
}

#[test]
fn expired_certificates_are_marked() {
    let bom = scan_json(&[arg(&fixture("x509/expired.pem")), "--spec-version", "1.7"]);
    let certificate = components(&bom)
        .find(|c| c["cryptoProperties"]["assetType"] == "certificate")
        .unwrap_or_else(|| panic!("no certificate"));
    assert_eq!(
        property(certificate, "cryptoscope:certificate:expired"),
        Some("true")
    );
    let state = &certificate["cryptoProperties"]["certificateProperties"]["certificateState"][0];
    assert_eq!(state["state"], "deactivated");
    assert_eq!(state["reason"], "expired 2021-01-01T00:00:00Z");
}

#[test]
fn a_bad_block_is_a_diagnostic_and_the_next_block_is_still_read() {
    let dir = fixture("x509");
    let bom = scan_json(&[arg(&dir)]);
    let bad = manifest(&dir.join("malformed.tsv"));
    let diagnostics = properties(&bom["metadata"], "cryptoscope:diagnostic");
    for row in &bad {
        let expected = format!(
            "malformed {} [x509]: CERTIFICATE block at line {}:",
            row["file"], row["line"]
        );
        assert!(
            diagnostics.iter().any(|d| d.starts_with(&expected)),
            "{expected} not in {diagnostics:#?}"
        );
    }
    assert_eq!(
        diagnostics.len(),
        bad.len(),
        "only the bad block is a diagnostic: {diagnostics:#?}"
    );
    assert!(!diagnostics.iter().any(|d| d.contains("not-a-cert.txt")));
}

#[test]
fn version_1_7_carries_fingerprints_serials_and_relations() {
    let dir = fixture("x509");
    let bom = scan_json(&[
        arg(&dir.join("rsa2048-sha256.pem")),
        "--spec-version",
        "1.7",
    ]);
    let row = manifest(&dir.join("manifest.tsv"))
        .into_iter()
        .find(|r| r["file"] == "rsa2048-sha256.pem")
        .unwrap_or_else(|| panic!("row"));
    let certificate = certificate_of(&bom, &row);
    let properties_ = &certificate["cryptoProperties"]["certificateProperties"];
    assert_eq!(properties_["serialNumber"], row["serial"].as_str());
    assert_eq!(properties_["fingerprint"]["alg"], "SHA-256");
    assert_eq!(
        properties_["fingerprint"]["content"],
        row["sha256"].as_str()
    );
    assert_eq!(
        properties_.get("signatureAlgorithmRef"),
        None,
        "deprecated in 1.7"
    );
    let kinds: Vec<&str> = properties_["relatedCryptographicAssets"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["type"].as_str())
        .collect();
    assert_eq!(kinds, ["signatureAlgorithm", "publicKey"]);
    let signature = components(&bom)
        .find(|c| c["name"] == "RSA-PKCS1-1.5-SHA-256")
        .unwrap_or_else(|| panic!("signature algorithm"));
    assert_eq!(
        signature["cryptoProperties"]["algorithmProperties"]["algorithmFamily"],
        "RSASSA-PKCS1"
    );
    let curve_bom = scan_json(&[arg(&dir.join("p521.bin")), "--spec-version", "1.7"]);
    let p521 = components(&curve_bom)
        .find(|c| c["name"] == "ECDSA-P-521")
        .unwrap_or_else(|| panic!("ECDSA-P-521"));
    assert_eq!(
        p521["cryptoProperties"]["algorithmProperties"]["ellipticCurve"],
        "nist/P-521"
    );
    assert_eq!(
        p521["cryptoProperties"]["algorithmProperties"].get("curve"),
        None
    );
}

#[test]
fn post_quantum_certificates_get_their_real_names() {
    let dir = fixture("pqc");
    let bom = scan_json(&[arg(&dir)]);
    let rows = manifest(&dir.join("manifest.tsv"));
    assert_eq!(rows.len(), 25);
    for row in &rows {
        let file = row["file"].as_str();
        let certificate = components(&bom)
            .find(|c| {
                c["cryptoProperties"]["assetType"] == "certificate"
                    && c["evidence"]["occurrences"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .any(|o| o["location"] == file)
            })
            .unwrap_or_else(|| panic!("no certificate from {file}"));
        let (signature, key) = algorithm_names(&bom, certificate);
        let expected_key = expected_pqc_name(&row["key_oid"]);
        let expected_signature = expected_pqc_name(&row["sig_oid"]);
        assert_eq!(
            (signature, key),
            (expected_signature, expected_key),
            "{file}"
        );
        let class = property(certificate, "cryptoscope:quantum:class");
        assert_eq!(class, Some("quantum-safe"), "{file}");
        let algorithm = components(&bom)
            .find(|c| c["name"] == key)
            .unwrap_or_else(|| panic!("{key}"));
        let status = property(algorithm, "cryptoscope:algorithm:status");
        let expected_status = if key.ends_with("-ipd") || key.starts_with("Falcon") {
            "pre-standard" // draft OIDs, not interoperable with the final standards
        } else if key.starts_with("MLDSA") || key.starts_with("MLKEM") {
            "pending" // composite OIDs are early IANA allocations; the drafts are not RFCs yet
        } else {
            "standard"
        };
        assert_eq!(status, Some(expected_status), "{key}");
    }
}

/// The names the registry must give the post-quantum OIDs of the fixtures.
fn expected_pqc_name(oid: &str) -> &'static str {
    match oid {
        "2.16.840.1.101.3.4.3.17" => "ML-DSA-44",
        "2.16.840.1.101.3.4.3.18" => "ML-DSA-65",
        "2.16.840.1.101.3.4.3.19" => "ML-DSA-87",
        "2.16.840.1.101.3.4.3.20" => "SLH-DSA-SHA2-128s",
        "2.16.840.1.101.3.4.3.21" => "SLH-DSA-SHA2-128f",
        "2.16.840.1.101.3.4.3.22" => "SLH-DSA-SHA2-192s",
        "2.16.840.1.101.3.4.3.23" => "SLH-DSA-SHA2-192f",
        "2.16.840.1.101.3.4.3.24" => "SLH-DSA-SHA2-256s",
        "2.16.840.1.101.3.4.3.25" => "SLH-DSA-SHA2-256f",
        "2.16.840.1.101.3.4.3.26" => "SLH-DSA-SHAKE-128s",
        "2.16.840.1.101.3.4.3.27" => "SLH-DSA-SHAKE-128f",
        "2.16.840.1.101.3.4.3.28" => "SLH-DSA-SHAKE-192s",
        "2.16.840.1.101.3.4.3.29" => "SLH-DSA-SHAKE-192f",
        "2.16.840.1.101.3.4.3.30" => "SLH-DSA-SHAKE-256s",
        "2.16.840.1.101.3.4.3.31" => "SLH-DSA-SHAKE-256f",
        "2.16.840.1.101.3.4.4.1" => "ML-KEM-512",
        "2.16.840.1.101.3.4.4.2" => "ML-KEM-768",
        "2.16.840.1.101.3.4.4.3" => "ML-KEM-1024",
        "1.3.6.1.5.5.7.6.37" => "MLDSA44-RSA2048-PSS-SHA256",
        "1.3.6.1.5.5.7.6.40" => "MLDSA44-ECDSA-P256-SHA256",
        "1.3.6.1.5.5.7.6.48" => "MLDSA65-Ed25519-SHA512",
        "1.3.6.1.5.5.7.6.54" => "MLDSA87-ECDSA-P521-SHA512",
        "1.3.6.1.5.5.7.6.58" => "MLKEM768-X25519-SHA3-256",
        // The OQS provider's OID for the initial public draft of ML-DSA-65 (FIPS 204 ipd).
        "1.3.6.1.4.1.2.267.12.6.5" => "ML-DSA-65-ipd",
        "1.3.9999.3.11" => "Falcon-512",
        other => panic!("no expected name for {other}"),
    }
}
