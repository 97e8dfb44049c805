//! Merges what every worker thread found into one sorted, deduplicated inventory.
//!
//! One entry per distinct asset (by content-derived [`AssetId`]) with every place it was seen. The
//! result depends only on the set of findings, never on their order, which is what makes the output
//! byte-identical whatever the thread count or walk order. When two findings carry the same identifier
//! but differ in detail, the smaller one (by `Ord`) is kept, again independent of order.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Asset, AssetBody, AssetId, Diagnostic, Finding, Occurrence};

/// One asset and every place it was seen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InventoryAsset {
    /// The asset.
    pub asset: Asset,
    /// Every occurrence, sorted and without duplicates.
    pub occurrences: Vec<Occurrence>,
}

/// The merged result of a scan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Inventory {
    /// Assets sorted by identifier.
    pub assets: Vec<InventoryAsset>,
    /// Diagnostics sorted and without duplicates.
    pub diagnostics: Vec<Diagnostic>,
}

/// Merges a second finding of the same asset into the kept one, independent of order.
///
/// A key found in several places (a PEM file, a keystore, a certificate) is one key stored several
/// ways: its formats are all listed; it counts as unprotected if any copy is, otherwise it keeps the
/// smallest protection; native fingerprints and weaknesses are kept. Any other asset found twice keeps
/// the smaller of the two descriptions.
fn combine(kept: &mut Asset, other: Asset) {
    match (&mut kept.body, other.body) {
        (AssetBody::Key(key), AssetBody::Key(other)) => {
            let mut formats: BTreeSet<&str> = key.format.split("; ").collect();
            formats.extend(other.format.split("; "));
            key.format = formats.into_iter().collect::<Vec<_>>().join("; ");
            key.protection = match (key.protection.take(), other.protection) {
                (Some(a), Some(b)) => Some(a.min(b)),
                _ => None,
            };
            key.native_fingerprint = match (key.native_fingerprint.take(), other.native_fingerprint)
            {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            key.algorithm = match (key.algorithm.take(), other.algorithm) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            key.size_bits = key.size_bits.max(other.size_bits);
            key.rsa = key.rsa.take().or(other.rsa);
            key.weaknesses.extend(other.weaknesses);
            key.weaknesses.sort();
            key.weaknesses.dedup();
        }
        (AssetBody::Algorithm(algorithm), AssetBody::Algorithm(mut other)) => {
            // What the code does with an algorithm accumulates; the rest is the same description.
            let mut functions = std::mem::take(&mut algorithm.functions);
            functions.append(&mut other.functions);
            functions.sort();
            functions.dedup();
            if other < *algorithm {
                *algorithm = other;
            }
            algorithm.functions = functions;
        }
        (AssetBody::Library(library), AssetBody::Library(other)) => {
            // Copies of one linked library seen in several files: what each tells accumulates.
            library.versions.extend(other.versions);
            library.capabilities.extend(other.capabilities);
            library.provides.extend(other.provides);
            if other.name < library.name {
                library.name = other.name;
            }
            library.purl = match (library.purl.take(), other.purl) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
        (_, body) => {
            let other = Asset {
                id: kept.id.clone(),
                body,
            };
            if other < *kept {
                *kept = other;
            }
        }
    }
}

impl Inventory {
    /// Merges findings and diagnostics, in any order.
    pub fn merge(
        findings: impl IntoIterator<Item = Finding>,
        diagnostics: impl IntoIterator<Item = Diagnostic>,
    ) -> Self {
        let mut merged: BTreeMap<AssetId, (Asset, BTreeSet<Occurrence>)> = BTreeMap::new();
        for Finding { asset, occurrence } in findings {
            match merged.get_mut(&asset.id) {
                Some((kept, occurrences)) => {
                    combine(kept, asset);
                    occurrences.insert(occurrence);
                }
                None => {
                    merged.insert(asset.id.clone(), (asset, BTreeSet::from([occurrence])));
                }
            }
        }
        let assets = merged
            .into_values()
            .map(|(asset, occurrences)| InventoryAsset {
                asset,
                occurrences: occurrences.into_iter().collect(),
            })
            .collect();
        let diagnostics: BTreeSet<Diagnostic> = diagnostics.into_iter().collect();
        Inventory {
            assets,
            diagnostics: diagnostics.into_iter().collect(),
        }
    }

    /// The asset with this identifier.
    pub fn get(&self, id: &AssetId) -> Option<&InventoryAsset> {
        let index = self.assets.binary_search_by(|a| a.asset.id.cmp(id)).ok()?;
        self.assets.get(index)
    }

    /// Whether any asset was found.
    pub fn is_empty(&self) -> bool {
        self.assets.is_empty()
    }

    /// Number of assets of each body kind: (algorithms, certificates, keys, libraries).
    pub fn counts(&self) -> (usize, usize, usize, usize) {
        self.assets
            .iter()
            .fold((0, 0, 0, 0), |(a, c, k, l), item| match item.asset.body {
                AssetBody::Algorithm(_) => (a + 1, c, k, l),
                AssetBody::Certificate(_) => (a, c + 1, k, l),
                AssetBody::Key(_) => (a, c, k + 1, l),
                AssetBody::Library(_) => (a, c, k, l + 1),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Algorithm, Primitive};
    use proptest::prelude::*;

    fn algorithm(name: &str) -> Asset {
        Asset::algorithm(Algorithm {
            name: name.to_owned(),
            family: None,
            primitive: Primitive::Hash,
            oid: None,
            parameter_set: None,
            curve: None,
            mode: None,
            padding: None,
            classical_bits: Some(128),
            quantum_level: Some(2),
            class: None,
            status: None,
            replace_with: None,
            source: None,
            functions: Vec::new(),
        })
    }

    fn finding(name: &str, location: &str, line: u32) -> Finding {
        Finding {
            asset: algorithm(name),
            occurrence: Occurrence {
                line: Some(line),
                ..Occurrence::in_file(location)
            },
        }
    }

    #[test]
    fn merges_occurrences_of_one_asset() {
        let inventory = Inventory::merge(
            [
                finding("SHA-256", "b", 2),
                finding("MD5", "a", 1),
                finding("SHA-256", "a", 1),
                finding("SHA-256", "b", 2),
            ],
            [],
        );
        let summary: Vec<(&str, usize)> = inventory
            .assets
            .iter()
            .map(|a| (a.asset.id.as_str(), a.occurrences.len()))
            .collect();
        assert_eq!(
            summary,
            vec![
                ("crypto/algorithm/hash/MD5", 1),
                ("crypto/algorithm/hash/SHA-256", 2)
            ]
        );
        let id = AssetId::algorithm(&match &inventory.assets[1].asset.body {
            AssetBody::Algorithm(a) => a.clone(),
            _ => unreachable!(),
        });
        assert!(inventory.get(&id).is_some());
    }

    proptest! {
        #[test]
        fn merge_order_does_not_change_the_inventory(
            items in proptest::collection::vec((0usize..4, 0usize..3, 1u32..5), 0..40),
            seed in any::<u64>(),
        ) {
            let names = ["SHA-256", "MD5", "SHA-1", "AES-128-GCM"];
            let locations = ["a", "b/c", "d"];
            let findings: Vec<Finding> = items
                .iter()
                .map(|(n, l, line)| finding(names[*n], locations[*l], *line))
                .collect();
            let mut shuffled = findings.clone();
            // A deterministic permutation driven by the seed.
            let len = shuffled.len();
            if len > 1 {
                let mut state = seed;
                for i in (1..len).rev() {
                    state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    let j = usize::try_from(state >> 33).unwrap_or(0) % (i + 1);
                    shuffled.swap(i, j);
                }
            }
            prop_assert_eq!(Inventory::merge(findings, []), Inventory::merge(shuffled, []));
        }
    }
}
