//! A tolerant PEM block splitter that keeps line numbers and isolates errors per block.
//!
//! PEM turns up everywhere: bundles of hundreds of certificates, YAML block scalars with indentation,
//! JSON strings with `\n` escapes, string literals concatenated across source lines, and data sections
//! of binaries. The common crates either drop labels they do not know or abort the whole file at the
//! first bad block (see the README), which is wrong for an inventory. This splitter finds every
//! `-----BEGIN <label>-----` ... `-----END <label>-----` pair, records where it starts (byte offset and
//! 1-based line), reads RFC 1421 headers (`Proc-Type`, `DEK-Info`), and decodes the body on its own, so
//! one broken block never hides the next.

use base64::Engine as _;
use base64::engine::general_purpose::GeneralPurpose;
use base64::engine::{DecodePaddingMode, GeneralPurposeConfig};
use memchr::memmem;

use crate::sniff::PEM_BEGIN;

/// The longest label accepted (`ENCRYPTED PRIVATE KEY`, `PGP PRIVATE KEY BLOCK` are far shorter).
const MAX_LABEL: usize = 64;

/// How far past an unterminated BEGIN line to look for a base64 body.
const UNTERMINATED_WINDOW: usize = 4096;

/// Runs of base64 characters at least this long count as body text.
const LONG_RUN: usize = 16;

/// Base64 as PEM uses it, accepting missing padding (common in hand-edited files).
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Why a PEM block could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PemError {
    /// No matching END line before the next BEGIN or the end of the file.
    #[error("no matching `-----END {0}-----` line")]
    Unterminated(String),
    /// The body is not valid base64.
    #[error("body is not valid base64: {0}")]
    Base64(String),
    /// Between the markers there is no base64 body: the marker is quoted in prose or code (a MIME
    /// magic file, a parser's source), not armour. Detectors ignore these blocks.
    #[error("no base64 body")]
    NoBody,
}

/// One PEM block found in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PemBlock<'a> {
    /// The label between `BEGIN ` and `-----` (`CERTIFICATE`, `RSA PRIVATE KEY`).
    pub label: &'a str,
    /// Byte offset of the `-----BEGIN` marker.
    pub offset: usize,
    /// 1-based line of the `-----BEGIN` marker.
    pub line: u32,
    /// RFC 1421 headers (`Proc-Type`, `DEK-Info`, PGP `Version`), in order.
    pub headers: Vec<(&'a str, &'a str)>,
    /// The decoded body, or why it could not be decoded.
    pub body: Result<Vec<u8>, PemError>,
}

/// Counts lines incrementally as offsets increase.
struct LineCounter<'a> {
    bytes: &'a [u8],
    position: usize,
    line: u32,
}

impl LineCounter<'_> {
    fn line_at(&mut self, offset: usize) -> u32 {
        if offset > self.position {
            let newlines = self
                .bytes
                .get(self.position..offset)
                .map_or(0, |s| memchr::memchr_iter(b'\n', s).count());
            self.line = self
                .line
                .saturating_add(u32::try_from(newlines).unwrap_or(u32::MAX));
            self.position = offset;
        }
        self.line
    }
}

/// Reads the label after `-----BEGIN ` at `at`; returns it and the offset just past its `-----`.
fn read_label(bytes: &[u8], at: usize) -> Option<(&str, usize)> {
    let start = at.checked_add(PEM_BEGIN.len())?;
    let window = bytes.get(start..bytes.len().min(start + MAX_LABEL + 5))?;
    let close = memmem::find(window, b"-----")?;
    let label = std::str::from_utf8(window.get(..close)?).ok()?;
    let valid = !label.is_empty()
        && label.bytes().all(|b| {
            b.is_ascii_uppercase() || b.is_ascii_digit() || b == b' ' || b == b'_' || b == b'-'
        });
    valid.then_some((label, start + close + 5))
}

/// Splits every PEM block out of `bytes`.
pub fn blocks(bytes: &[u8]) -> Vec<PemBlock<'_>> {
    let begin_finder = memmem::Finder::new(PEM_BEGIN);
    let mut lines = LineCounter {
        bytes,
        position: 0,
        line: 1,
    };
    let mut found = Vec::new();
    let mut cursor = 0;
    while let Some(relative) = bytes.get(cursor..).and_then(|rest| begin_finder.find(rest)) {
        let begin = cursor + relative;
        cursor = begin + PEM_BEGIN.len();
        let Some((label, body_start)) = read_label(bytes, begin) else {
            continue;
        };
        let line = lines.line_at(begin);
        let end_marker = format!("-----END {label}-----");
        let rest = bytes.get(body_start..).unwrap_or_default();
        let next_begin = begin_finder.find(rest).unwrap_or(rest.len());
        let end = memmem::find(rest, end_marker.as_bytes()).filter(|end| *end < next_begin);
        let Some(end) = end else {
            // Only a marker followed by base64 is a truncated block; otherwise it is a mention.
            let window = rest
                .get(..next_begin.min(UNTERMINATED_WINDOW))
                .unwrap_or_default();
            if looks_like_base64(&base64_runs(window)) {
                found.push(PemBlock {
                    label,
                    offset: begin,
                    line,
                    headers: Vec::new(),
                    body: Err(PemError::Unterminated(label.to_owned())),
                });
            }
            continue;
        };
        let body = rest.get(..end).unwrap_or_default();
        let (headers, encoded) = split_headers(body);
        found.push(PemBlock {
            label,
            offset: begin,
            line,
            headers,
            body: decode_body(encoded, label.starts_with("PGP ")),
        });
        cursor = body_start + end + end_marker.len();
    }
    found
}

/// Separates RFC 1421 / OpenPGP armour headers (`Name: value` lines before the first blank line)
/// from the encoded body.
fn split_headers(body: &[u8]) -> (Vec<(&str, &str)>, &[u8]) {
    let mut headers = Vec::new();
    let mut offset = 0;
    let mut in_headers = false;
    for raw in body.split_inclusive(|b| *b == b'\n') {
        let line = std::str::from_utf8(raw).unwrap_or_default().trim();
        let after = offset + raw.len();
        if line.is_empty() {
            if in_headers {
                return (headers, body.get(after..).unwrap_or_default());
            }
            offset = after;
            continue;
        }
        match line.split_once(": ") {
            Some((name, value))
                if !name.is_empty()
                    && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') =>
            {
                headers.push((name, value));
                in_headers = true;
                offset = after;
            }
            _ => return (headers, body.get(offset..).unwrap_or_default()),
        }
    }
    (headers, body.get(offset..).unwrap_or_default())
}

fn is_base64(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=')
}

/// Splits text into runs of base64 characters, undoing `\n`/`\r`/`\t` and `\/` escapes and dropping
/// lone `+` concatenation operators between string literals.
fn base64_runs(encoded: &[u8]) -> Vec<Vec<u8>> {
    let mut runs: Vec<Vec<u8>> = Vec::new();
    let mut current = Vec::new();
    let mut i = 0;
    while let Some(&b) = encoded.get(i) {
        if b == b'\\' {
            match encoded.get(i + 1) {
                // JSON escapes a solidus as `\/`; keep the character.
                Some(b'/') => {
                    current.push(b'/');
                    i += 2;
                    continue;
                }
                Some(b'n' | b'r' | b't') => {
                    i += 2;
                    if !current.is_empty() {
                        runs.push(std::mem::take(&mut current));
                    }
                    continue;
                }
                _ => {}
            }
        }
        if is_base64(b) {
            current.push(b);
        } else if !current.is_empty() {
            runs.push(std::mem::take(&mut current));
        }
        i += 1;
    }
    if !current.is_empty() {
        runs.push(current);
    }
    // A lone `+` between string literals is a concatenation operator, not base64.
    runs.retain(|run| run.as_slice() != b"+");
    runs
}

/// Whether runs look like a base64 body rather than prose or code: nearly all of the characters sit
/// in long runs (real armour has 64-character lines; words and identifiers are short).
fn looks_like_base64(runs: &[Vec<u8>]) -> bool {
    let total: usize = runs.iter().map(Vec::len).sum();
    let long: usize = runs
        .iter()
        .map(Vec::len)
        .filter(|len| *len >= LONG_RUN)
        .sum();
    total > 0 && long * 4 >= total * 3
}

/// Collects the base64 text of a body that may be indented, quoted, escaped or split across
/// concatenated string literals, then decodes it.
fn decode_body(encoded: &[u8], armoured_checksum: bool) -> Result<Vec<u8>, PemError> {
    let mut runs = base64_runs(encoded);
    if !looks_like_base64(&runs) {
        return Err(PemError::NoBody);
    }
    // OpenPGP armour ends with a CRC-24 line `=XXXX`.
    if armoured_checksum
        && runs
            .last()
            .is_some_and(|r| r.len() == 5 && r.first() == Some(&b'='))
    {
        runs.pop();
    }
    let text: Vec<u8> = runs.concat();
    BASE64
        .decode(&text)
        .map_err(|e| PemError::Base64(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "hello world" in base64.
    const HELLO: &str = "aGVsbG8gd29ybGQ=";

    type Expected<'a> = (&'a str, u32, Result<&'a [u8], PemError>);

    fn check(input: &str, expected: &[Expected<'_>]) {
        let got: Vec<_> = blocks(input.as_bytes())
            .into_iter()
            .map(|b| (b.label.to_owned(), b.line, b.body))
            .collect();
        let want: Vec<_> = expected
            .iter()
            .map(|(l, n, b)| (l.to_string(), *n, b.clone().map(<[u8]>::to_vec)))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn splits_blocks_with_lines() {
        let text = format!(
            "# bundle\n-----BEGIN CERTIFICATE-----\n{HELLO}\n-----END CERTIFICATE-----\n\nsubject=x\n-----BEGIN X509 CRL-----\n{HELLO}\n-----END X509 CRL-----\n"
        );
        check(
            &text,
            &[
                ("CERTIFICATE", 2, Ok(b"hello world")),
                ("X509 CRL", 7, Ok(b"hello world")),
            ],
        );
    }

    #[test]
    fn reads_indented_yaml_and_json_escapes() {
        let yaml = format!(
            "tls:\n  cert: |\n    -----BEGIN CERTIFICATE-----\n    {HELLO}\n    -----END CERTIFICATE-----\n"
        );
        check(&yaml, &[("CERTIFICATE", 3, Ok(b"hello world"))]);
        let json = format!(
            r#"{{"pem": "-----BEGIN CERTIFICATE-----\n{HELLO}\n-----END CERTIFICATE-----\n"}}"#
        );
        check(&json, &[("CERTIFICATE", 1, Ok(b"hello world"))]);
        let escaped_slash = format!(
            r#"{{"pem": "-----BEGIN X-----\n{}\n-----END X-----"}}"#,
            "\\/".repeat(32)
        );
        check(&escaped_slash, &[("X", 1, Ok(&[0xff; 24]))]);
    }

    #[test]
    fn reads_concatenated_string_literals() {
        let java = "String pem = \"-----BEGIN CERTIFICATE-----\\n\" +\n    \"dGhlIHF1aWNrIGJyb3duIGZveCBqdW1w\\n\" +\n    \"cyBvdmVyIHRoZSBsYXp5IGRvZw==\\n\" +\n    \"-----END CERTIFICATE-----\";\n";
        check(
            java,
            &[(
                "CERTIFICATE",
                1,
                Ok(b"the quick brown fox jumps over the lazy dog"),
            )],
        );
    }

    #[test]
    fn keeps_headers_apart() {
        let text = format!(
            "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00FF\n\n{HELLO}\n-----END RSA PRIVATE KEY-----\n"
        );
        let found = blocks(text.as_bytes());
        assert_eq!(found.len(), 1);
        let block = &found[0];
        assert_eq!(
            block.headers,
            vec![
                ("Proc-Type", "4,ENCRYPTED"),
                ("DEK-Info", "AES-128-CBC,00FF")
            ]
        );
        assert_eq!(block.body.as_deref(), Ok(&b"hello world"[..]));
    }

    #[test]
    fn drops_the_pgp_checksum() {
        let text = format!(
            "-----BEGIN PGP PUBLIC KEY BLOCK-----\nVersion: x\n\n{HELLO}\n=abcd\n-----END PGP PUBLIC KEY BLOCK-----\n"
        );
        check(&text, &[("PGP PUBLIC KEY BLOCK", 1, Ok(b"hello world"))]);
    }

    #[test]
    fn one_bad_block_does_not_hide_the_next() {
        let text = format!(
            "-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nno end here\n-----BEGIN CERTIFICATE-----\n{HELLO}\n-----END CERTIFICATE-----\n"
        );
        let found = blocks(text.as_bytes());
        let summary: Vec<_> = found.iter().map(|b| (b.line, b.body.is_ok())).collect();
        assert_eq!(summary, vec![(1, false), (6, true)]);
        assert_eq!(found[0].body, Err(PemError::NoBody));
    }

    #[test]
    fn ignores_prose_mentions() {
        check("the marker -----BEGIN is followed by a label\n", &[]);
        check("-----BEGIN lower case-----\n", &[]);
        // A parser's source quotes both markers with code in between: not a block.
        let code = "if line == \"-----BEGIN CERTIFICATE-----\":\n    in_cert = True\nelif line == \"-----END CERTIFICATE-----\":\n";
        let found = blocks(code.as_bytes());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].body, Err(PemError::NoBody));
        // A lone marker followed by prose is not even a truncated block.
        check(
            "magic: -----BEGIN CERTIFICATE----- is text/plain\nmore words here\n",
            &[],
        );
    }

    #[test]
    fn a_truncated_body_is_unterminated() {
        let text = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUFm5Lq8tS0gqvJ0Kz1rZ5c2QxW0QwCgYIKoZIzj0EAwIw\nMIIBszCCAVmgAwIB";
        let found = blocks(text.as_bytes());
        assert_eq!(found.len(), 1);
        assert!(matches!(found[0].body, Err(PemError::Unterminated(_))));
    }
}
