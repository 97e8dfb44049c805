//! Keys, keystores, CSRs, CRLs, parameters, SSH and OpenPGP material: every item of the manifest that
//! `tests/fixtures/make-key-fixtures.sh` computed with openssl, ssh-keygen, gpg, keytool and Node's
//! OpenSSL 3.5 is found with exactly its algorithm, size, kind and fingerprint; decoys are not.

use std::collections::HashMap;

use serde_json::Value;

use crate::support::{arg, components, fixture, manifest, property, scan_json};

type Row = HashMap<String, String>;

/// OpenSSL and gpg curve names, and the registry's.
fn curve_name(curve: &str) -> &str {
    match curve {
        "prime256v1" | "nistp256" => "P-256",
        "secp384r1" | "nistp384" => "P-384",
        "secp521r1" | "nistp521" => "P-521",
        "prime192v1" => "P-192",
        other => other,
    }
}

/// The canonical algorithm name a manifest row should come out with.
fn expected_algorithm(row: &Row) -> Option<String> {
    let algorithm = row["algorithm"].as_str();
    let bits = row["bits"].as_str();
    let curve = curve_name(&row["curve"]).to_owned();
    let sized = |name: &str| {
        if bits.is_empty() {
            name.to_owned()
        } else {
            format!("{name}-{bits}")
        }
    };
    Some(match algorithm {
        "" => return None,
        "RSA" | "RSA-PSS" => sized("RSA"),
        "DSA" => sized("DSA"),
        "DH" => sized("FFDH"),
        "ElGamal" => sized("ElGamal"),
        "AES" => sized("AES"),
        "HmacSHA256" => "HMAC-SHA-256".to_owned(),
        "EC" | "ECDSA" if curve == "explicit" => {
            // The explicit-parameter fixtures are P-384 and P-256 curves spelled out.
            if row["file"].contains("384") {
                "ECDSA-P-384".to_owned()
            } else {
                "ECDSA-P-256".to_owned()
            }
        }
        "EC" | "ECDSA" => match curve.as_str() {
            "ed25519" => "Ed25519".to_owned(),
            other => format!("ECDSA-{other}"),
        },
        "ECDH" => match curve.as_str() {
            "cv25519" | "curve25519" => "X25519".to_owned(),
            "cv448" => "X448".to_owned(),
            other => format!("ECDH-{other}"),
        },
        "EdDSA" => match curve.as_str() {
            "ed448" => "Ed448".to_owned(),
            _ => "Ed25519".to_owned(),
        },
        other => other.to_owned(),
    })
}

fn occurs_in(component: &Value, file: &str) -> bool {
    component["evidence"]["occurrences"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|o| o["location"] == file)
}

fn algorithm_of<'b>(bom: &'b Value, key: &Value) -> Option<&'b Value> {
    let material = &key["cryptoProperties"]["relatedCryptoMaterialProperties"];
    let reference = material["algorithmRef"].as_str()?;
    components(bom).find(|c| c["bom-ref"] == reference)
}

fn keys_in<'b>(bom: &'b Value, file: &str, kind: &str) -> Vec<&'b Value> {
    components(bom)
        .filter(|c| c["cryptoProperties"]["relatedCryptoMaterialProperties"]["type"] == kind)
        .filter(|c| occurs_in(c, file))
        .collect()
}

/// Checks one row; returns why it does not match, if it does not.
fn check(bom: &Value, row: &Row) -> Result<(), String> {
    let file = row["file"].as_str();
    let kind = row["kind"].as_str();
    let expected = expected_algorithm(row);
    let name_of = |component: &Value| -> String {
        algorithm_of(bom, component)
            .and_then(|a| a["name"].as_str())
            .unwrap_or("<none>")
            .to_owned()
    };
    // Inside a keystore whose password is not a well-known default, only the protection shows.
    if row["extra"].contains("storepass=unknown") {
        return protection_reported(bom, file);
    }
    match kind {
        "private-key" | "public-key" | "secret-key" if hidden_by_password(row) => {
            // Encrypted with a password that is not a default: the key is reported with its
            // protection, its algorithm only where the format says it (the PEM label), never guessed.
            let keys = keys_in(bom, file, kind);
            let key = keys.first().ok_or("no encrypted key reported")?;
            protection_reported(bom, file)?;
            let found = name_of(key);
            let allowed = match row["container"].as_str() {
                "traditional-encrypted" => vec![row["algorithm"].replace("EC", "ECDSA")],
                _ => vec!["<none>".to_owned()],
            };
            if !allowed.contains(&found) {
                return Err(format!("encrypted key named {found}, expected {allowed:?}"));
            }
            Ok(())
        }
        "private-key" | "public-key" | "secret-key" => {
            let candidates = keys_in(bom, file, kind);
            let key = if row["public_sha256"].is_empty() {
                // No SPKI fingerprint to match on: the key of the right algorithm in that file.
                candidates
                    .iter()
                    .find(|k| expected.as_deref().is_none_or(|e| name_of(k) == e))
                    .or_else(|| candidates.first())
                    .copied()
            } else {
                let id = format!("sha256:{}", row["public_sha256"]);
                candidates
                    .iter()
                    .find(|k| {
                        k["cryptoProperties"]["relatedCryptoMaterialProperties"]["id"]
                            == id.as_str()
                    })
                    .copied()
            };
            let key =
                key.ok_or_else(|| format!("no {kind} found ({} candidates)", candidates.len()))?;
            if let Some(expected) = &expected {
                let found = name_of(key);
                if &found != expected {
                    return Err(format!("algorithm {found}, expected {expected}"));
                }
            }
            let size = &key["cryptoProperties"]["relatedCryptoMaterialProperties"]["size"];
            if !row["bits"].is_empty() && *size != row["bits"].parse::<u64>().unwrap_or(0) {
                return Err(format!("size {size}, expected {}", row["bits"]));
            }
            if row["encrypted"] == "yes" {
                protection_reported(bom, file)?;
            }
            Ok(())
        }
        "certificate" | "ssh-certificate" => {
            let found = components(bom)
                .filter(|c| c["cryptoProperties"]["assetType"] == "certificate")
                .any(|c| occurs_in(c, file));
            found
                .then_some(())
                .ok_or_else(|| "no certificate".to_owned())
        }
        "csr" => {
            let keys = keys_in(bom, file, "public-key");
            let ok = keys.iter().any(|k| {
                let format = k["cryptoProperties"]["relatedCryptoMaterialProperties"]["format"]
                    .as_str()
                    .unwrap_or_default();
                format.contains("PKCS#10 certificate request")
                    && expected.as_deref().is_none_or(|e| name_of(k) == e)
            });
            ok.then_some(())
                .ok_or_else(|| format!("no CSR key {expected:?}"))
        }
        "crl" => {
            // The manifest names the signer's key type; the CRL's signature algorithm is reported.
            let names: Vec<&str> = components(bom)
                .filter(|c| c["cryptoProperties"]["assetType"] == "algorithm" && occurs_in(c, file))
                .filter_map(|c| c["name"].as_str())
                .collect();
            let family = format!("{}-", row["algorithm"]);
            names
                .iter()
                .any(|n| n.starts_with(&family))
                .then_some(())
                .ok_or_else(|| format!("{names:?} has no {family} signature"))
        }
        "parameters" => {
            let names: Vec<&str> = components(bom)
                .filter(|c| c["cryptoProperties"]["assetType"] == "algorithm" && occurs_in(c, file))
                .filter_map(|c| c["name"].as_str())
                .collect();
            match &expected {
                Some(expected) if !names.contains(&expected.as_str()) => {
                    Err(format!("{names:?} lacks {expected}"))
                }
                _ if names.is_empty() => Err("nothing found".to_owned()),
                _ => Ok(()),
            }
        }
        "decoy" => {
            let reported: Vec<&str> = components(bom)
                .filter(|c| c["cryptoProperties"]["assetType"] != "algorithm" && occurs_in(c, file))
                .filter_map(|c| c["name"].as_str())
                .collect();
            reported
                .is_empty()
                .then_some(())
                .ok_or_else(|| format!("decoy reported as {reported:?}"))
        }
        _ => Ok(()),
    }
}

/// Whether the item is encrypted under a password no scanner is expected to know.
fn hidden_by_password(row: &Row) -> bool {
    row["encrypted"] == "yes"
        && matches!(
            row["container"].as_str(),
            "pkcs8-encrypted" | "traditional-encrypted"
        )
}

/// Whether the protection of something in the file was reported (as algorithms found there).
fn protection_reported(bom: &Value, file: &str) -> Result<(), String> {
    let reported = components(bom)
        .filter(|c| c["cryptoProperties"]["assetType"] == "algorithm")
        .flat_map(|c| {
            c["evidence"]["occurrences"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .any(|o| {
            o["location"] == file
                && o["additionalContext"]
                    .as_str()
                    .is_some_and(|t| t.starts_with("protection:") || t.contains("integrity"))
        });
    reported
        .then_some(())
        .ok_or_else(|| "protection not reported".to_owned())
}

#[test]
fn every_key_fixture_comes_out_exactly() {
    let dir = fixture("keys");
    let bom = scan_json(&[arg(&dir)]);
    let rows = manifest(&dir.join("manifest.tsv"));
    assert!(rows.len() >= 100, "only {} manifest rows", rows.len());
    let failures: Vec<String> = rows
        .iter()
        .filter(|row| row["kind"] != "keystore")
        .filter_map(|row| {
            check(&bom, row).err().map(|why| {
                format!(
                    "{} #{} ({} {}): {why}",
                    row["file"], row["index"], row["kind"], row["algorithm"]
                )
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} items wrong:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn weak_keys_are_found_and_named() {
    let dir = fixture("keys");
    let bom = scan_json(&[arg(&dir)]);
    let rows = manifest(&dir.join("manifest.tsv"));
    for row in rows.iter().filter(|r| r["extra"].contains("weakness=")) {
        let file = row["file"].as_str();
        let weakness = row["extra"]
            .split(';')
            .find_map(|kv| kv.strip_prefix("weakness="))
            .unwrap_or_default();
        let wanted = match weakness.split(':').next().unwrap_or_default() {
            "shared-prime" => "shares a prime factor",
            "roca" => "ROCA",
            "exponent-3" => "public exponent 3",
            "exponent-1" => "public exponent 1",
            "even-modulus" => "even modulus",
            other => panic!("unknown weakness {other} in the manifest"),
        };
        let found = components(&bom)
            .filter(|c| occurs_in(c, file))
            .filter_map(|c| property(c, "cryptoscope:key:weakness"))
            .any(|w| w.contains(wanted));
        assert!(found, "{file}: weakness {weakness} not reported");
        if wanted != "public exponent 3" {
            let broken = components(&bom)
                .filter(|c| {
                    occurs_in(c, file)
                        && c["cryptoProperties"]["assetType"] == "related-crypto-material"
                })
                .any(|c| property(c, "cryptoscope:quantum:class") == Some("broken-classically"));
            assert!(broken, "{file}: a {weakness} key must be classed broken");
        }
    }
}
