//! A minimal, checked DER reader for the few structures the detectors pick apart themselves.
//!
//! Whole certificates go through `x509-parser`; this reader handles the small pieces around them
//! (algorithm parameters, RSA moduli, curve identifiers) with checked slicing only, so hostile input
//! can make it return `None` but never panic, allocate without bound or recurse.

use crate::sniff::der_header;

/// Universal tag numbers used by the detectors.
pub mod tag {
    /// INTEGER.
    pub const INTEGER: u8 = 0x02;
    /// BIT STRING.
    pub const BIT_STRING: u8 = 0x03;
    /// OCTET STRING.
    pub const OCTET_STRING: u8 = 0x04;
    /// NULL.
    pub const NULL: u8 = 0x05;
    /// OBJECT IDENTIFIER.
    pub const OID: u8 = 0x06;
    /// SEQUENCE (constructed).
    pub const SEQUENCE: u8 = 0x30;
    /// SET (constructed).
    pub const SET: u8 = 0x31;
}

/// One tag-length-value element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tlv<'a> {
    /// The identifier octet (low-tag-number form only).
    pub tag: u8,
    /// The content octets.
    pub content: &'a [u8],
}

/// Reads one element from the start of `bytes`; returns it and the bytes after it.
pub fn read(bytes: &[u8]) -> Option<(Tlv<'_>, &[u8])> {
    let tag = *bytes.first()?;
    // High-tag-number form does not occur in the structures read here.
    if tag & 0x1f == 0x1f {
        return None;
    }
    let (header, len) = der_header(bytes)?;
    let end = header.checked_add(len)?;
    let content = bytes.get(header..end)?;
    Some((Tlv { tag, content }, bytes.get(end..)?))
}

/// Reads one element with the expected tag.
pub fn expect(bytes: &[u8], tag: u8) -> Option<(Tlv<'_>, &[u8])> {
    read(bytes).filter(|(tlv, _)| tlv.tag == tag)
}

/// Iterates over the elements of a constructed value's content.
pub fn children(content: &[u8]) -> impl Iterator<Item = Tlv<'_>> {
    let mut rest = content;
    std::iter::from_fn(move || {
        let (tlv, after) = read(rest)?;
        rest = after;
        Some(tlv)
    })
}

/// Formats OID content octets as dotted decimal.
pub fn oid_string(content: &[u8]) -> Option<String> {
    let mut arcs: Vec<u128> = Vec::new();
    let mut value: u128 = 0;
    let mut pending = false;
    for &b in content {
        if !pending && b == 0x80 {
            return None; // non-minimal encoding
        }
        value = value.checked_mul(128)?.checked_add(u128::from(b & 0x7f))?;
        pending = b & 0x80 != 0;
        if !pending {
            arcs.push(value);
            value = 0;
        }
    }
    if pending || arcs.is_empty() {
        return None;
    }
    let first = *arcs.first()?;
    let (a, b) = match first {
        0..=39 => (0, first),
        40..=79 => (1, first - 40),
        _ => (2, first - 80),
    };
    let mut text = format!("{a}.{b}");
    for arc in arcs.iter().skip(1) {
        text.push('.');
        text.push_str(&arc.to_string());
    }
    Some(text)
}

/// Bit length of an unsigned big-endian INTEGER's content (leading zero octets ignored).
pub fn unsigned_bits(content: &[u8]) -> u32 {
    let significant = content
        .iter()
        .position(|b| *b != 0)
        .map_or(&[][..], |i| content.get(i..).unwrap_or_default());
    match significant.first() {
        None => 0,
        Some(first) => {
            let whole = u32::try_from(significant.len() - 1).unwrap_or(u32::MAX / 8);
            whole
                .saturating_mul(8)
                .saturating_add(8 - first.leading_zeros())
        }
    }
}

/// Lowercase hex of an INTEGER's content without leading zero octets or nibble (`0` for zero).
pub fn integer_hex(content: &[u8]) -> String {
    let text = hex::encode(content);
    let trimmed = text.trim_start_matches('0');
    if trimmed.is_empty() {
        "0".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// Appends a DER length.
fn push_length(out: &mut Vec<u8>, len: usize) {
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes = len.to_be_bytes();
        let significant: Vec<u8> = bytes.iter().copied().skip_while(|b| *b == 0).collect();
        out.push(0x80 | significant.len() as u8);
        out.extend_from_slice(&significant);
    }
}

/// Encodes one element.
pub fn encode(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(content.len() + 6);
    out.push(tag);
    push_length(&mut out, content.len());
    out.extend_from_slice(content);
    out
}

/// Encodes a SEQUENCE of already-encoded elements.
pub fn sequence(elements: &[&[u8]]) -> Vec<u8> {
    encode(tag::SEQUENCE, &elements.concat())
}

/// Encodes an unsigned big-endian number as a DER INTEGER (minimal, with a leading zero when the top
/// bit is set).
pub fn unsigned_integer(value: &[u8]) -> Vec<u8> {
    let start = value.iter().position(|b| *b != 0).unwrap_or(value.len());
    let significant = value.get(start..).unwrap_or_default();
    let mut content = Vec::with_capacity(significant.len() + 1);
    if significant.first().is_none_or(|b| b & 0x80 != 0) {
        content.push(0);
    }
    content.extend_from_slice(significant);
    encode(tag::INTEGER, &content)
}

/// Encodes a BIT STRING with no unused bits.
pub fn bit_string(bytes: &[u8]) -> Vec<u8> {
    let mut content = Vec::with_capacity(bytes.len() + 1);
    content.push(0);
    content.extend_from_slice(bytes);
    encode(tag::BIT_STRING, &content)
}

/// Encodes a dotted-decimal OID; `None` if the text is not one.
pub fn oid(dotted: &str) -> Option<Vec<u8>> {
    let arcs: Vec<u128> = dotted
        .split('.')
        .map(|a| a.parse().ok())
        .collect::<Option<_>>()?;
    let (&first, &second) = (arcs.first()?, arcs.get(1)?);
    if first > 2 || (first < 2 && second >= 40) {
        return None;
    }
    let mut content = Vec::new();
    for arc in std::iter::once(first * 40 + second).chain(arcs.iter().skip(2).copied()) {
        let mut groups = vec![(arc & 0x7f) as u8];
        let mut rest = arc >> 7;
        while rest > 0 {
            groups.push((rest & 0x7f) as u8 | 0x80);
            rest >>= 7;
        }
        groups.reverse();
        content.extend_from_slice(&groups);
    }
    Some(encode(tag::OID, &content))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_oids() {
        assert_eq!(
            oid_string(&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01]).as_deref(),
            Some("1.2.840.113549.1.1.1")
        );
        assert_eq!(
            oid_string(&[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03, 0x12]).as_deref(),
            Some("2.16.840.1.101.3.4.3.18")
        );
        assert_eq!(
            oid_string(&[0x2b, 0x65, 0x70]).as_deref(),
            Some("1.3.101.112")
        );
        assert_eq!(oid_string(&[0x2a, 0x86]), None);
        assert_eq!(oid_string(&[0x2a, 0x80, 0x01]), None);
        assert_eq!(oid_string(&[]), None);
    }

    #[test]
    fn counts_integer_bits() {
        assert_eq!(unsigned_bits(&[0x00, 0x80, 0x00]), 16);
        assert_eq!(unsigned_bits(&[0x01, 0xff]), 9);
        assert_eq!(unsigned_bits(&[0x00]), 0);
        assert_eq!(unsigned_bits(&[]), 0);
        assert_eq!(integer_hex(&[0x00, 0x10, 0x01]), "1001");
        assert_eq!(integer_hex(&[0x00]), "0");
    }

    #[test]
    fn encodes_what_it_reads() {
        let encoded = oid("1.2.840.113549.1.1.1").unwrap_or_default();
        let (tlv, rest) = read(&encoded).unwrap_or_else(|| panic!("read back"));
        assert!(rest.is_empty());
        assert_eq!(
            oid_string(tlv.content).as_deref(),
            Some("1.2.840.113549.1.1.1")
        );
        assert_eq!(oid("2.999.1"), Some(vec![0x06, 0x03, 0x88, 0x37, 0x01]));
        assert_eq!(oid("3.1"), None);
        assert_eq!(
            unsigned_integer(&[0x00, 0x80]),
            vec![0x02, 0x02, 0x00, 0x80]
        );
        assert_eq!(
            unsigned_integer(&[0x01, 0xff]),
            vec![0x02, 0x02, 0x01, 0xff]
        );
        assert_eq!(unsigned_integer(&[]), vec![0x02, 0x01, 0x00]);
        let long = encode(tag::OCTET_STRING, &[0u8; 300]);
        assert_eq!(long.get(..4), Some(&[0x04, 0x82, 0x01, 0x2c][..]));
        assert_eq!(bit_string(&[0xaa]), vec![0x03, 0x02, 0x00, 0xaa]);
    }

    #[test]
    fn reads_nested_elements() {
        // SEQUENCE { OID 1.3.101.112, NULL }
        let bytes = [0x30, 0x07, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x05, 0x00, 0xff];
        let (seq, rest) = expect(&bytes, tag::SEQUENCE).unwrap_or_else(|| panic!("sequence"));
        assert_eq!(rest, &[0xff]);
        let inner: Vec<u8> = children(seq.content).map(|t| t.tag).collect();
        assert_eq!(inner, vec![tag::OID, tag::NULL]);
        assert!(read(&[0x30, 0x05, 0x00]).is_none());
        assert!(read(&[0x1f, 0x01, 0x00]).is_none());
    }
}
