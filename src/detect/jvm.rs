//! Detector `jvm`: algorithm names in Java class files, alone or inside jar, war and ear archives
//! (read in memory, never extracted; archives inside archives are opened too, to a small depth).
//!
//! A class is examined only when its constant pool references a cryptography API class
//! (`javax/crypto/*`, `java/security/MessageDigest`, `Signature`, `KeyPairGenerator`, ...,
//! `javax/net/ssl/SSLContext`, `org/bouncycastle/*`). Its string literals are then read as JCA
//! names: transformations (`AES/GCM/NoPadding`), digest, signature and key algorithm names, TLS
//! protocol versions; each that the registry knows is reported with the string as the symbol and
//! the API classes the class uses in the evidence. Key sizes passed as integers are not read
//! (they are instruction operands, not constants), so sizes stay unknown.

use std::io::{Cursor, Read};

use crate::detect::{Context, Detector, Input, Place, Sink, jca};
use crate::model::{Algorithm, Asset, DiagnosticKind};
use crate::registry::Registry;
use crate::sniff::{FileKind, Sniff};

/// Deepest archive-in-archive opened.
const MAX_DEPTH: usize = 3;
/// Largest class file read from an archive.
const MAX_CLASS: u64 = 16 * 1024 * 1024;
/// Largest nested archive read into memory.
const MAX_NESTED: u64 = 128 * 1024 * 1024;
/// Most uncompressed bytes read from one top-level archive.
const MAX_TOTAL: u64 = 1024 * 1024 * 1024;
/// Most entries examined in one archive.
const MAX_ENTRIES: usize = 200_000;

/// API classes whose presence makes a class's strings worth reading.
const CRYPTO_CLASSES: [&str; 15] = [
    "javax/crypto/",
    "java/security/MessageDigest",
    "java/security/Signature",
    "java/security/KeyPairGenerator",
    "java/security/KeyFactory",
    "java/security/SecureRandom",
    "java/security/AlgorithmParameters",
    "java/security/AlgorithmParameterGenerator",
    "java/security/KeyStore",
    "java/security/spec/",
    "javax/net/ssl/SSLContext",
    "javax/net/ssl/SSLParameters",
    "javax/net/ssl/SSLEngine",
    "javax/net/ssl/SSLSocket",
    "org/bouncycastle/",
];

/// The JVM detector.
pub struct JvmDetector;

/// A string literal of a class, with its offset in the class file.
#[derive(Debug, PartialEq, Eq)]
pub struct ClassStrings {
    /// The class's own name (`com/example/Crypto`), if readable.
    pub name: Option<String>,
    /// Crypto API classes it references, sorted.
    pub crypto_classes: Vec<String>,
    /// String literals (`CONSTANT_String`) with the offset of their UTF-8 bytes.
    pub literals: Vec<(usize, String)>,
}

/// Reads the constant pool of a class file. `None` when it is not one or is cut short.
pub fn class_strings(bytes: &[u8]) -> Option<ClassStrings> {
    if !bytes.starts_with(b"\xca\xfe\xba\xbe") {
        return None;
    }
    let u16_at = |at: usize| -> Option<usize> {
        Some(usize::from(u16::from_be_bytes([
            *bytes.get(at)?,
            *bytes.get(at + 1)?,
        ])))
    };
    let count = u16_at(8)?;
    let mut utf8: Vec<Option<(usize, &[u8])>> = vec![None; count];
    let mut classes: Vec<(usize, usize)> = Vec::new();
    let mut strings = Vec::new();
    let mut at = 10;
    let mut index = 1;
    while index < count {
        let tag = *bytes.get(at)?;
        let size = match tag {
            1 => {
                let len = u16_at(at + 1)?;
                let data = bytes.get(at + 3..at + 3 + len)?;
                utf8[index] = Some((at + 3, data));
                3 + len
            }
            3 | 4 => 5,
            5 | 6 => 9,
            7 => {
                classes.push((index, u16_at(at + 1)?));
                3
            }
            8 => {
                strings.push(u16_at(at + 1)?);
                3
            }
            16 | 19 | 20 => 3,
            15 => 4,
            9 | 10 | 11 | 12 | 17 | 18 => 5,
            _ => return None,
        };
        at += size;
        index += if matches!(tag, 5 | 6) { 2 } else { 1 };
    }
    let text = |i: usize| -> Option<(usize, String)> {
        let (offset, data) = (*utf8.get(i)?)?;
        Some((offset, String::from_utf8_lossy(data).into_owned()))
    };
    // After the pool: access flags, then this_class (the index of a Class entry).
    let this_class = u16_at(at + 2).and_then(|entry| {
        let (_, name) = classes.iter().find(|(i, _)| *i == entry)?;
        text(*name).map(|(_, t)| t)
    });
    let mut crypto_classes: Vec<String> = classes
        .iter()
        .filter_map(|&(_, i)| text(i).map(|(_, t)| t))
        .filter(|name| CRYPTO_CLASSES.iter().any(|c| name.starts_with(c)))
        .collect();
    crypto_classes.sort();
    crypto_classes.dedup();
    let literals = strings.iter().filter_map(|&i| text(i)).collect();
    Some(ClassStrings {
        name: this_class,
        crypto_classes,
        literals,
    })
}

/// The algorithm a JCA name stands for, if the registry knows it: a transformation
/// (`AES/GCM/NoPadding`, `AES_256/GCM/NoPadding`, `RSA/ECB/OAEPWithSHA-256AndMGF1Padding`), read as
/// SunJCE reads it, or a plain name (`SHA-256`, `SHA256withECDSA`, `TLSv1.2`). A plain name gets no
/// default mode: which API receives it (`Cipher` or `KeyGenerator`) is not known.
pub fn jca_algorithm(registry: &Registry, literal: &str) -> Option<Algorithm> {
    if literal.len() < 2 || literal.len() > 64 || literal.contains(char::is_whitespace) {
        return None;
    }
    if literal.split('/').count() == 3 {
        let read = jca::transformation(registry, literal);
        let algorithm = registry.compose(&read.base, read.size, read.mode.as_deref(), None)?;
        return algorithm.is_known().then_some(algorithm);
    }
    if literal.contains('/') {
        return None;
    }
    Some(registry.by_name(literal)?.algorithm())
}

impl Detector for JvmDetector {
    fn id(&self) -> &'static str {
        "jvm"
    }

    fn wants(&self, sniff: &Sniff) -> bool {
        matches!(sniff.kind, FileKind::JavaClass | FileKind::Zip)
    }

    fn detect(&self, input: &Input<'_>, context: &Context<'_>, sink: &mut Sink<'_>) {
        match input.sniff.kind {
            FileKind::JavaClass => match class_strings(input.bytes) {
                Some(class) => report_class(&class, None, context.registry, sink),
                None => sink.diagnostic(
                    DiagnosticKind::Malformed,
                    "a Java class file whose constant pool does not parse",
                ),
            },
            _ => {
                let mut budget = MAX_TOTAL;
                read_archive(input.bytes, "", 0, &mut budget, context.registry, sink);
            }
        }
    }
}

fn report_class(
    class: &ClassStrings,
    member: Option<&str>,
    registry: &Registry,
    sink: &mut Sink<'_>,
) {
    if class.crypto_classes.is_empty() {
        return;
    }
    let uses = class
        .crypto_classes
        .iter()
        .take(4)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    let more = class.crypto_classes.len().saturating_sub(4);
    let uses = if more > 0 {
        format!("{uses} and {more} more")
    } else {
        uses
    };
    for (offset, literal) in &class.literals {
        let Some(algorithm) = jca_algorithm(registry, literal) else {
            continue;
        };
        let place = match member {
            // Inside an archive the class's bytes are compressed: no offset in the file.
            Some(member) => Place {
                symbol: Some(literal.clone()),
                context: Some(format!(
                    "string constant \"{literal}\" in {member}, a class using {uses}"
                )),
                ..Place::default()
            },
            None => Place {
                symbol: Some(literal.clone()),
                context: Some(format!(
                    "string constant \"{literal}\" in class {}, which uses {uses}",
                    class.name.as_deref().unwrap_or("(unnamed)")
                )),
                ..Place::at_offset(*offset)
            },
        };
        sink.found(Asset::algorithm(algorithm), place);
    }
}

fn read_archive(
    bytes: &[u8],
    prefix: &str,
    depth: usize,
    budget: &mut u64,
    registry: &Registry,
    sink: &mut Sink<'_>,
) {
    let mut archive = match zip::ZipArchive::new(Cursor::new(bytes)) {
        Ok(archive) => archive,
        Err(e) => {
            sink.diagnostic(
                DiagnosticKind::Malformed,
                format!("zip archive {prefix}does not open: {e}"),
            );
            return;
        }
    };
    let mut problems = 0usize;
    for index in 0..archive.len().min(MAX_ENTRIES) {
        let mut entry = match archive.by_index(index) {
            Ok(entry) => entry,
            Err(_) => {
                problems += 1;
                continue;
            }
        };
        let name = match entry.name() {
            Ok(name) => name.into_owned(),
            Err(_) => {
                problems += 1;
                continue;
            }
        };
        let lower = name.to_ascii_lowercase();
        let nested = [".jar", ".war", ".ear"].iter().any(|e| lower.ends_with(e));
        let limit = if lower.ends_with(".class") {
            MAX_CLASS
        } else if nested && depth < MAX_DEPTH {
            MAX_NESTED
        } else {
            continue;
        };
        let limit = limit.min(*budget);
        let mut data = Vec::new();
        if (&mut entry).take(limit + 1).read_to_end(&mut data).is_err() {
            problems += 1;
            continue;
        }
        let read = u64::try_from(data.len()).unwrap_or(u64::MAX);
        *budget = budget.saturating_sub(read);
        if read > limit {
            sink.diagnostic(
                DiagnosticKind::TooLarge,
                format!("{prefix}{name}: larger than {limit} bytes uncompressed; not read"),
            );
            continue;
        }
        let member = format!("{prefix}{name}");
        if nested {
            read_archive(
                &data,
                &format!("{member}!/"),
                depth + 1,
                budget,
                registry,
                sink,
            );
        } else if let Some(class) = class_strings(&data) {
            report_class(&class, Some(&member), registry, sink);
        } else {
            problems += 1;
        }
        if *budget == 0 {
            sink.diagnostic(
                DiagnosticKind::TooLarge,
                format!("archive {prefix}: uncompressed budget of {MAX_TOTAL} bytes spent; rest not read"),
            );
            return;
        }
    }
    if problems > 0 {
        sink.diagnostic(
            DiagnosticKind::Malformed,
            format!("zip archive {prefix}: {problems} entries could not be read"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::testing::registry;

    #[test]
    fn jca_names_resolve_through_the_registry() {
        let names = |s: &str| jca_algorithm(registry(), s).map(|a| a.name);
        assert_eq!(names("AES/GCM/NoPadding").as_deref(), Some("AES-GCM"));
        assert_eq!(
            names("AES_256/GCM/NoPadding").as_deref(),
            Some("AES-256-GCM")
        );
        assert_eq!(names("DESede/CBC/PKCS5Padding").as_deref(), Some("3DES"));
        assert_eq!(
            names("RSA/ECB/OAEPWithSHA-256AndMGF1Padding").as_deref(),
            Some("RSA-OAEP-SHA-256")
        );
        assert_eq!(names("SHA-1").as_deref(), Some("SHA-1"));
        assert_eq!(names("hello world"), None);
        assert_eq!(names("com/example/Foo"), None);
    }
}
