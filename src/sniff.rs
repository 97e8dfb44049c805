//! Content sniffing: what a file is, decided from its bytes, with the file name only as a hint.
//!
//! Sniffing runs on every file, so it is cheap: a lookup in a sorted table of magic numbers, a NUL test
//! over the first 8 KiB, a structural check of a leading DER header, and one `memmem` pass for PEM
//! armour anywhere in the file (PEM hides in configs, source code and binaries). Detectors declare which
//! kinds they want and are only called for those.

use memchr::memmem;

/// How many leading bytes decide whether a file is text.
const TEXT_PROBE: usize = 8 * 1024;

/// The PEM armour prefix searched for anywhere in a file.
pub const PEM_BEGIN: &[u8] = b"-----BEGIN ";

/// Markers of OpenSSH public keys in text (key type prefixes and RFC 4716 armour).
const SSH_MARKERS: [&[u8]; 3] = [b"ssh-", b"ecdsa-sha2-", b"BEGIN SSH2 PUBLIC KEY"];

/// What a file's content is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FileKind {
    /// Zero bytes.
    Empty,
    /// ELF executable, object or shared library.
    Elf,
    /// Windows PE/COFF (`MZ` with a `PE\0\0` header).
    Pe,
    /// Mach-O (thin).
    MachO,
    /// Mach-O universal (fat) binary.
    MachOFat,
    /// Java class file.
    JavaClass,
    /// Zip container (jar, war, apk, docx, ...).
    Zip,
    /// gzip stream.
    Gzip,
    /// Java KeyStore (`0xFEEDFEED`).
    JavaKeyStore,
    /// Java JCEKS keystore (`0xCECECECE`).
    JceKeyStore,
    /// A binary OpenPGP stream starting with a public or secret key packet.
    OpenPgp,
    /// A DER-encoded ASN.1 SEQUENCE spanning the file (certificates, keys, PKCS#12, ...).
    Der,
    /// A text file starting with `#!`.
    Script,
    /// Other text.
    Text,
    /// Other binary data.
    Binary,
}

impl FileKind {
    /// The kind's name used in diagnostics and statistics.
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Empty => "empty",
            FileKind::Elf => "elf",
            FileKind::Pe => "pe",
            FileKind::MachO => "mach-o",
            FileKind::MachOFat => "mach-o-fat",
            FileKind::JavaClass => "java-class",
            FileKind::Zip => "zip",
            FileKind::Gzip => "gzip",
            FileKind::JavaKeyStore => "jks",
            FileKind::JceKeyStore => "jceks",
            FileKind::OpenPgp => "openpgp",
            FileKind::Der => "der",
            FileKind::Script => "script",
            FileKind::Text => "text",
            FileKind::Binary => "binary",
        }
    }
}

/// Magic numbers at offset 0, sorted by bytes (a test keeps them sorted). Ambiguous magics are refined
/// in [`refine`].
const MAGIC: &[(&[u8], FileKind)] = &[
    (b"\x1f\x8b", FileKind::Gzip),
    (b"MZ", FileKind::Pe),
    (b"PK\x03\x04", FileKind::Zip),
    (b"PK\x05\x06", FileKind::Zip),
    (b"\x7fELF", FileKind::Elf),
    (b"\xca\xfe\xba\xbe", FileKind::MachOFat),
    (b"\xca\xfe\xba\xbf", FileKind::MachOFat),
    (b"\xce\xce\xce\xce", FileKind::JceKeyStore),
    (b"\xce\xfa\xed\xfe", FileKind::MachO),
    (b"\xcf\xfa\xed\xfe", FileKind::MachO),
    (b"\xfe\xed\xfa\xce", FileKind::MachO),
    (b"\xfe\xed\xfa\xcf", FileKind::MachO),
    (b"\xfe\xed\xfe\xed", FileKind::JavaKeyStore),
];

/// The result of sniffing a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sniff {
    /// The file's kind.
    pub kind: FileKind,
    /// Whether PEM armour (`-----BEGIN `) occurs anywhere in the file.
    pub has_pem: bool,
    /// Whether the first 8 KiB contain no NUL byte.
    pub is_text: bool,
    /// Whether a text file mentions an OpenSSH key type (`ssh-`, `ecdsa-sha2-`) or RFC 4716 armour.
    pub has_ssh_key: bool,
}

/// Sniffs a file's bytes.
pub fn sniff(bytes: &[u8]) -> Sniff {
    let is_text = !bytes.iter().take(TEXT_PROBE).any(|b| *b == 0);
    let has_pem = memmem::find(bytes, PEM_BEGIN).is_some();
    let has_ssh_key = is_text && SSH_MARKERS.iter().any(|m| memmem::find(bytes, m).is_some());
    Sniff {
        kind: kind_of(bytes, is_text),
        has_pem,
        is_text,
        has_ssh_key,
    }
}

fn kind_of(bytes: &[u8], is_text: bool) -> FileKind {
    if bytes.is_empty() {
        return FileKind::Empty;
    }
    if let Some(kind) = MAGIC
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .and_then(|(_, kind)| refine(*kind, bytes))
    {
        return kind;
    }
    if der_sequence_len(bytes).is_some() {
        return FileKind::Der;
    }
    if looks_like_openpgp(bytes) {
        return FileKind::OpenPgp;
    }
    if is_text {
        if bytes.starts_with(b"#!") {
            FileKind::Script
        } else {
            FileKind::Text
        }
    } else {
        FileKind::Binary
    }
}

fn be_u32(bytes: &[u8], at: usize) -> Option<u32> {
    let word: [u8; 4] = bytes.get(at..at.checked_add(4)?)?.try_into().ok()?;
    Some(u32::from_be_bytes(word))
}

fn le_u32(bytes: &[u8], at: usize) -> Option<u32> {
    let word: [u8; 4] = bytes.get(at..at.checked_add(4)?)?.try_into().ok()?;
    Some(u32::from_le_bytes(word))
}

/// Confirms or rejects an ambiguous magic number.
fn refine(kind: FileKind, bytes: &[u8]) -> Option<FileKind> {
    match kind {
        // `MZ` is also the start of plenty of text; a PE file points to a `PE\0\0` header.
        FileKind::Pe => {
            let header = usize::try_from(le_u32(bytes, 0x3c)?).ok()?;
            (bytes.get(header..header.checked_add(4)?)? == b"PE\0\0").then_some(FileKind::Pe)
        }
        // Java class files share `CAFEBABE` with fat Mach-O; a class file's next word holds its
        // version (major >= 45), a fat binary's holds a small architecture count (as file(1) decides).
        FileKind::MachOFat => {
            let next = be_u32(bytes, 4)?;
            if next < 45 {
                Some(FileKind::MachOFat)
            } else if bytes.get(3) == Some(&0xbe) {
                Some(FileKind::JavaClass)
            } else {
                None
            }
        }
        other => Some(other),
    }
}

/// Whether the bytes start with an OpenPGP public or secret key packet (RFC 9580 section 4.2): an
/// old-format (`0x94`-`0x9a`) or new-format (`0xc5`, `0xc6`) header, a length that fits, and key
/// version 3, 4, 5 or 6.
fn looks_like_openpgp(bytes: &[u8]) -> bool {
    let Some(&first) = bytes.first() else {
        return false;
    };
    let (header, length) = match first {
        // Old format: tag in bits 5-2 (5 secret key, 6 public key), length type in bits 1-0.
        0x94..=0x9a if first & 0x03 != 3 => {
            let size = 1usize << (first & 0x03);
            let mut length = 0usize;
            for b in bytes.get(1..1 + size).unwrap_or_default() {
                length = (length << 8) | usize::from(*b);
            }
            if bytes.len() < 1 + size {
                return false;
            }
            (1 + size, length)
        }
        // New format: tag 5 or 6, one- or two-octet lengths (key packets are never partial).
        0xc5 | 0xc6 => match bytes.get(1) {
            Some(&l) if l < 192 => (2, usize::from(l)),
            Some(&l) if l < 224 => {
                let second = usize::from(*bytes.get(2).unwrap_or(&0));
                (3, ((usize::from(l) - 192) << 8) + second + 192)
            }
            Some(&255) => {
                let word: Option<[u8; 4]> = bytes.get(2..6).and_then(|w| w.try_into().ok());
                (6, word.map_or(0, |w| u32::from_be_bytes(w) as usize))
            }
            _ => return false,
        },
        _ => return false,
    };
    let version = bytes.get(header).copied();
    length >= 6 && header + length <= bytes.len() && matches!(version, Some(3..=6))
}

/// Reads a DER tag-length header; returns (header length, content length).
pub fn der_header(bytes: &[u8]) -> Option<(usize, usize)> {
    let first = *bytes.get(1)?;
    if first < 0x80 {
        return Some((2, usize::from(first)));
    }
    let count = usize::from(first & 0x7f);
    // Definite long form with 1..=4 length bytes; DER forbids the indefinite form (0x80).
    if count == 0 || count > 4 {
        return None;
    }
    let mut len = 0usize;
    for b in bytes.get(2..2 + count)? {
        len = len.checked_mul(256)?.checked_add(usize::from(*b))?;
    }
    // DER uses the shortest form: long form only for lengths >= 128, without leading zero bytes.
    if len < 0x80 || bytes.get(2) == Some(&0) {
        return None;
    }
    Some((2 + count, len))
}

/// The top-level DER SEQUENCEs at the start of `bytes` (one, or several concatenated), with their
/// byte offsets; stops at the first thing that is not one.
pub fn der_elements(bytes: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    let mut offset = 0usize;
    std::iter::from_fn(move || {
        let rest = bytes.get(offset..).filter(|r| !r.is_empty())?;
        let len = der_sequence_len(rest)?;
        let element = rest.get(..len)?;
        let at = offset;
        offset = offset.saturating_add(len);
        Some((at, element))
    })
}

/// If the file starts with a DER SEQUENCE that fits in it and either spans it exactly or is followed
/// by another SEQUENCE (concatenated DER), returns the first element's total length.
pub fn der_sequence_len(bytes: &[u8]) -> Option<usize> {
    if bytes.first() != Some(&0x30) || bytes.len() < 16 {
        return None;
    }
    let (header, len) = der_header(bytes)?;
    let total = header.checked_add(len)?;
    // A real structure nests: its content starts with another tag, not with text.
    let inner = *bytes.get(header)?;
    let nested = matches!(inner, 0x02 | 0x06 | 0x30 | 0x31 | 0xa0);
    if !nested || len < 8 {
        return None;
    }
    match total.cmp(&bytes.len()) {
        std::cmp::Ordering::Equal => Some(total),
        std::cmp::Ordering::Less if bytes.get(total) == Some(&0x30) => Some(total),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(bytes: &[u8], kind: FileKind) {
        assert_eq!(sniff(bytes).kind, kind, "{:02x?}", bytes.get(..8));
    }

    #[test]
    fn magic_table_stays_sorted() {
        let sorted = MAGIC.windows(2).all(|w| match w {
            [a, b] => a.0 < b.0,
            _ => true,
        });
        assert!(sorted, "MAGIC must stay sorted by bytes");
    }

    #[test]
    fn recognises_magic_numbers() {
        check(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", FileKind::Elf);
        check(b"PK\x03\x04\x14\0\0\0", FileKind::Zip);
        check(b"\x1f\x8b\x08\0", FileKind::Gzip);
        check(b"\xfe\xed\xfe\xed\0\0\0\x02", FileKind::JavaKeyStore);
        check(b"\xce\xce\xce\xce\0\0\0\x02", FileKind::JceKeyStore);
        check(b"\xcf\xfa\xed\xfe\x07\0\0\x01", FileKind::MachO);
        check(b"", FileKind::Empty);
    }

    #[test]
    fn cafebabe_is_class_or_fat_binary_by_its_next_word() {
        check(
            b"\xca\xfe\xba\xbe\0\0\0\x02\x01\0\0\x07",
            FileKind::MachOFat,
        );
        check(b"\xca\xfe\xba\xbe\0\0\0\x3d\0\x20", FileKind::JavaClass);
    }

    #[test]
    fn mz_needs_a_pe_header() {
        let mut pe = vec![0u8; 0x100];
        pe[..2].copy_from_slice(b"MZ");
        pe[0x3c] = 0x80;
        pe[0x80..0x84].copy_from_slice(b"PE\0\0");
        check(&pe, FileKind::Pe);
        check(b"MZ is also how some text starts\n", FileKind::Text);
    }

    #[test]
    fn der_sequences_must_span_the_file() {
        let mut der = vec![0x30, 0x82, 0x01, 0x00, 0x30, 0x81, 0xfc];
        der.resize(0x104, 0x05);
        check(&der, FileKind::Der);
        let mut two = der.clone();
        two.extend_from_slice(&der);
        check(&two, FileKind::Der);
        let mut short = der.clone();
        short.truncate(0x100);
        assert_ne!(sniff(&short).kind, FileKind::Der);
        // Text that happens to start with '0' is not DER.
        check(b"0123456789abcdef0123456789\n", FileKind::Text);
    }

    #[test]
    fn der_header_rejects_non_minimal_lengths() {
        assert_eq!(der_header(&[0x30, 0x05]), Some((2, 5)));
        assert_eq!(der_header(&[0x30, 0x81, 0x80]), Some((3, 128)));
        assert_eq!(der_header(&[0x30, 0x81, 0x05]), None);
        assert_eq!(der_header(&[0x30, 0x82, 0x00, 0x90]), None);
        assert_eq!(der_header(&[0x30, 0x80]), None);
        assert_eq!(der_header(&[0x30, 0x85, 1, 1, 1, 1, 1]), None);
        assert_eq!(der_header(&[0x30]), None);
    }

    #[test]
    fn recognises_binary_openpgp_key_packets() {
        // Old-format public key packet, two-octet length 0x000d, version 4.
        let mut packet = vec![0x99, 0x00, 0x0d, 0x04];
        packet.resize(3 + 13, 0x01);
        check(&packet, FileKind::OpenPgp);
        // New-format secret key packet, one-octet length, version 6.
        let mut packet = vec![0xc5, 0x08, 0x06];
        packet.resize(2 + 8, 0x01);
        check(&packet, FileKind::OpenPgp);
        // Right tag, impossible version.
        let mut packet = vec![0x99, 0x00, 0x0d, 0x09];
        packet.resize(3 + 13, 0x01);
        check(&packet, FileKind::Binary);
    }

    #[test]
    fn marks_text_that_mentions_ssh_keys() {
        assert!(sniff(b"ssh-ed25519 AAAAC3Nza fixture\n").has_ssh_key);
        assert!(sniff(b"host ecdsa-sha2-nistp256 AAAA\n").has_ssh_key);
        assert!(!sniff(b"plain text\n").has_ssh_key);
    }

    #[test]
    fn finds_pem_anywhere_and_tells_text_from_binary() {
        let s = sniff(b"key: |\n  -----BEGIN CERTIFICATE-----\n");
        assert!(s.has_pem && s.is_text);
        assert_eq!(s.kind, FileKind::Text);
        let s = sniff(b"\x7fELF\0\0\0\0\0\0\0\0\0\0\0\0-----BEGIN CERTIFICATE-----");
        assert!(s.has_pem && !s.is_text);
        check(b"#!/bin/sh\necho hi\n", FileKind::Script);
        check(b"\x01\x02\x00\x04", FileKind::Binary);
    }
}
