//! OpenSSH keys: private keys, public key lines (`.pub` files, `authorized_keys`, `known_hosts`),
//! RFC 4716 public keys and OpenSSH certificates.
//!
//! SSH keys turn up in home directories, configuration management, container images and
//! documentation, usually as one line of text. Each key is identified the way every other detector
//! identifies keys: by the SHA-256 of the DER SubjectPublicKeyInfo built from its public part, so
//! `id_rsa.pub`, the same key inside a certificate and the same key in a PKCS#8 file are one asset.
//! Names, sizes and strengths come from the registry; the native fingerprint is the one
//! `ssh-keygen -l` prints.
//!
//! A line counts only when its base64 decodes to a blob whose first string repeats the key type
//! written before it, so prose that mentions `ssh-rsa` is never reported. Private keys are read only
//! as far as their public keys and encryption parameters: the private section is skipped by its
//! length and never looked into.

use base64::Engine as _;
use base64::engine::general_purpose::{GeneralPurpose, STANDARD_NO_PAD};
use base64::engine::{DecodePaddingMode, GeneralPurposeConfig};
use sha2::{Digest, Sha256};

use super::spki::{self, KeyRole, oids};
use super::{Context, Detector, Input, Place, Sink};
use crate::model::{
    Asset, Certificate, DiagnosticKind, Key, KeyIdBasis, KeyKind, Primitive, Protection,
};
use crate::pem::PemError;
use crate::registry::Registry;
use crate::sniff::Sniff;

/// The key format recorded on every key this detector reports.
const FORMAT: &str = "OpenSSH";

/// PEM label of OpenSSH's own private key format (PROTOCOL.key).
const PRIVATE_KEY_LABEL: &str = "OPENSSH PRIVATE KEY";

/// The magic that opens an `openssh-key-v1` container.
const PRIVATE_KEY_MAGIC: &[u8] = b"openssh-key-v1\0";

/// Most keys reported from one file; a diagnostic says when more were there.
const MAX_KEYS: usize = 100_000;

/// Most keys one `openssh-key-v1` container may claim (OpenSSH writes exactly one).
const MAX_CONTAINER_KEYS: u32 = 64;

/// Most principals read from one certificate.
const MAX_PRINCIPALS: usize = 10_000;

/// Principals shown in a certificate's subject before the rest is summarised.
const SHOWN_PRINCIPALS: usize = 8;

/// Longest base64 run decoded as a key blob (a 16384-bit RSA certificate is far shorter).
const MAX_BLOB_TEXT: usize = 1 << 20;

/// Suffix of OpenSSH certificate key types (PROTOCOL.certkeys).
const CERT_SUFFIX: &str = "-cert-v01@openssh.com";

/// The problem reported for a certificate of a key type whose fields are unknown.
const UNKNOWN_CERTIFICATE: &str = "certificate for an unknown key type";

/// 9999-12-31T23:59:59Z: where "forever" and other out-of-range validity ends are clamped.
const FOREVER: i64 = 253_402_300_799;

/// The RFC 4716 BEGIN line.
const RFC4716_BEGIN: &str = "---- BEGIN SSH2 PUBLIC KEY ----";
/// The RFC 4716 END line.
const RFC4716_END: &str = "---- END SSH2 PUBLIC KEY ----";

/// authorized_keys options that take no value (sshd(8), AUTHORIZED_KEYS FILE FORMAT), sorted.
const OPTION_FLAGS: [&str; 14] = [
    "agent-forwarding",
    "cert-authority",
    "no-agent-forwarding",
    "no-port-forwarding",
    "no-pty",
    "no-touch-required",
    "no-user-rc",
    "no-x11-forwarding",
    "port-forwarding",
    "pty",
    "restrict",
    "user-rc",
    "verify-required",
    "x11-forwarding",
];

/// The curve identifiers of `ecdsa-sha2-*` keys (RFC 5656) and the registry names of the curves.
const ECDSA_CURVES: [(&str, &str); 3] = [
    ("nistp256", "P-256"),
    ("nistp384", "P-384"),
    ("nistp521", "P-521"),
];

/// Signature names whose spelling the registry gives to a key entry, with the signature algorithm
/// they stand for: `ssh-rsa` signs with SHA-1 (RFC 4253 6.6), `ssh-dss` is DSA with SHA-1.
const SIGNATURE_NAMES: [(&str, &str); 2] =
    [("ssh-dss", "DSA-SHA-1"), ("ssh-rsa", "RSA-PKCS1-1.5-SHA-1")];

/// Base64 as key lines use it; some tools drop the padding.
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// The OpenSSH detector.
pub struct SshDetector;

impl Detector for SshDetector {
    fn id(&self) -> &'static str {
        "ssh"
    }

    fn wants(&self, sniff: &Sniff) -> bool {
        sniff.has_ssh_key || sniff.has_pem
    }

    fn detect(&self, input: &Input<'_>, context: &Context<'_>, sink: &mut Sink<'_>) {
        let mut scan = Scan {
            registry: context.registry,
            sink,
            keys: 0,
        };
        for block in input.pem_blocks() {
            if block.label != PRIVATE_KEY_LABEL {
                continue;
            }
            let place = Place {
                line: Some(block.line),
                column: None,
                offset: u64::try_from(block.offset).ok(),
                symbol: Some("openssh-private-key".to_owned()),
                context: None,
                rule: None,
                provided: false,
            };
            let outcome = match &block.body {
                Ok(body) => scan.private_key(body, place),
                // A marker quoted in prose or code is not a key, nor a broken one.
                Err(PemError::NoBody) => Ok(()),
                Err(problem) => Err(problem.to_string()),
            };
            if let Err(problem) = outcome {
                scan.sink.diagnostic(
                    DiagnosticKind::Malformed,
                    format!(
                        "{PRIVATE_KEY_LABEL} block at line {}: {problem}",
                        block.line
                    ),
                );
            }
        }
        if input.sniff.has_ssh_key {
            scan.text(input.bytes, file_symbol(input.location));
        }
    }
}

/// The symbol for key lines without a prefix that tells their file apart, from the file name.
fn file_symbol(location: &str) -> &'static str {
    let name = location.rsplit('/').next().unwrap_or(location);
    if name.starts_with("authorized_keys") {
        "authorized_keys"
    } else if name.ends_with("known_hosts") {
        "known_hosts"
    } else {
        "ssh-public-key"
    }
}

/// A checked reader of the SSH wire encoding (RFC 4251 section 5).
#[derive(Clone, Copy)]
struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Reader { rest: bytes }
    }

    fn take(&mut self, count: usize) -> Option<&'a [u8]> {
        let (head, tail) = self.rest.split_at_checked(count)?;
        self.rest = tail;
        Some(head)
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_be_bytes(self.take(4)?.try_into().ok()?))
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_be_bytes(self.take(8)?.try_into().ok()?))
    }

    /// A length-prefixed string (or mpint, whose two's complement sign octet is kept).
    fn string(&mut self) -> Option<&'a [u8]> {
        let len = usize::try_from(self.u32()?).ok()?;
        self.take(len)
    }

    fn remaining(&self) -> usize {
        self.rest.len()
    }
}

/// A public key read from its SSH wire encoding, ready to report.
struct PublicKey {
    /// The key type the blob names (`ssh-ed25519`).
    type_name: String,
    /// The key's algorithm.
    algorithm: Asset,
    /// The key, referring to its algorithm.
    key: Key,
    /// The application string of a FIDO security key (`sk-` types).
    application: Option<String>,
}

/// The type-specific fields of a public key, as read.
struct Fields<'a> {
    /// The SubjectPublicKeyInfo the key converts to (`None` for types without one).
    spki: Option<Vec<u8>>,
    /// The FIDO application string.
    application: Option<&'a [u8]>,
}

/// Whether the type's fields are known, so that what follows them can be found.
fn is_known_type(type_name: &str) -> bool {
    matches!(
        type_name,
        "ssh-rsa"
            | "ssh-dss"
            | "ssh-ed25519"
            | "ssh-ed448"
            | "sk-ssh-ed25519@openssh.com"
            | "sk-ecdsa-sha2-nistp256@openssh.com"
    ) || type_name
        .strip_prefix("ecdsa-sha2-")
        .is_some_and(|curve| ECDSA_CURVES.iter().any(|(id, _)| *id == curve))
}

/// Reads the fields that follow the type string of a public key (RFC 4253 6.6, RFC 5656 3.1,
/// RFC 8709 4, PROTOCOL.u2f). Fields of unknown types run to the end of the blob.
fn read_fields<'a>(
    registry: &Registry,
    type_name: &str,
    r: &mut Reader<'a>,
) -> Result<Fields<'a>, &'static str> {
    const TRUNCATED: &str = "truncated public key";
    let mut application = None;
    let spki = match type_name {
        "ssh-rsa" => {
            let e = r.string().ok_or(TRUNCATED)?;
            let n = r.string().ok_or(TRUNCATED)?;
            Some(spki::rsa_spki(n, e))
        }
        "ssh-dss" => {
            let p = r.string().ok_or(TRUNCATED)?;
            let q = r.string().ok_or(TRUNCATED)?;
            let g = r.string().ok_or(TRUNCATED)?;
            let y = r.string().ok_or(TRUNCATED)?;
            Some(spki::dsa_spki(p, q, g, y).ok_or("bad DSA key")?)
        }
        "ssh-ed25519" | "sk-ssh-ed25519@openssh.com" => {
            let key = r.string().filter(|k| k.len() == 32).ok_or(TRUNCATED)?;
            if type_name.starts_with("sk-") {
                application = Some(r.string().ok_or(TRUNCATED)?);
            }
            spki::build_spki(oids::ED25519, None, key)
        }
        "ssh-ed448" => {
            let key = r.string().filter(|k| k.len() == 57).ok_or(TRUNCATED)?;
            spki::build_spki(oids::ED448, None, key)
        }
        _ if is_known_type(type_name) => {
            // ecdsa-sha2-<curve> and sk-ecdsa-sha2-nistp256@openssh.com.
            let expected = type_name
                .trim_start_matches("sk-")
                .trim_start_matches("ecdsa-sha2-")
                .trim_end_matches("@openssh.com");
            let curve = r.string().ok_or(TRUNCATED)?;
            if curve != expected.as_bytes() {
                return Err("curve does not match the key type");
            }
            let point = r.string().ok_or(TRUNCATED)?;
            if type_name.starts_with("sk-") {
                application = Some(r.string().ok_or(TRUNCATED)?);
            }
            let curve_oid = ECDSA_CURVES
                .iter()
                .find(|(id, _)| *id == expected)
                .and_then(|(_, name)| registry.curve_by_name(name))
                .and_then(|curve| curve.reference().oid)
                .ok_or("curve unknown to the registry")?;
            spki::ec_spki(&curve_oid, point)
        }
        _ => {
            r.take(r.remaining());
            None
        }
    };
    Ok(Fields { spki, application })
}

/// The fingerprint `ssh-keygen -l` prints: `SHA256:` and the unpadded base64 of the blob's SHA-256.
fn native_fingerprint(blob: &[u8]) -> String {
    format!("SHA256:{}", STANDARD_NO_PAD.encode(Sha256::digest(blob)))
}

/// Describes a key from its type, its whole public blob and its fields.
fn describe(
    registry: &Registry,
    type_name: &str,
    blob: &[u8],
    fields: Fields<'_>,
    kind: KeyKind,
) -> PublicKey {
    // SSH keys only ever sign (user and host authentication, certificates).
    let facts = fields
        .spki
        .as_deref()
        .and_then(|der| spki::describe_spki(registry, der, KeyRole::Signature));
    let (algorithm, mut key) = match facts {
        Some(facts) => facts.into_key(kind, FORMAT),
        None => {
            let algorithm = Asset::algorithm(registry.by_name(type_name).map_or_else(
                || registry.unknown_name(type_name, Primitive::Signature),
                |definition| definition.algorithm(),
            ));
            let key = Key {
                kind,
                algorithm: Some(algorithm.id.clone()),
                size_bits: None,
                format: FORMAT.to_owned(),
                id_basis: KeyIdBasis::PublicBlob,
                fingerprint: spki::sha256_hex(blob),
                native_fingerprint: None,
                protection: None,
                rsa: None,
                weaknesses: Vec::new(),
            };
            (algorithm, key)
        }
    };
    key.native_fingerprint = Some(native_fingerprint(blob));
    PublicKey {
        type_name: type_name.to_owned(),
        algorithm,
        key,
        application: fields.application.map(super::clean_text),
    }
}

/// Reads a plain (not certificate) public key blob.
fn read_public_key(
    registry: &Registry,
    blob: &[u8],
    kind: KeyKind,
) -> Result<PublicKey, &'static str> {
    let mut r = Reader::new(blob);
    let type_name = r
        .string()
        .and_then(|t| std::str::from_utf8(t).ok())
        .ok_or("unreadable key type")?;
    let fields = read_fields(registry, type_name, &mut r)?;
    if r.remaining() != 0 {
        return Err("trailing bytes after the public key");
    }
    Ok(describe(registry, type_name, blob, fields, kind))
}

/// The key type a certificate type certifies (`ssh-ed25519-cert-v01@openssh.com` certifies
/// `ssh-ed25519`; security-key types keep their `@openssh.com`).
fn certified_type(cert_type: &str) -> Option<String> {
    let base = cert_type.strip_suffix(CERT_SUFFIX)?;
    Some(if base.starts_with("sk-") {
        format!("{base}@openssh.com")
    } else {
        base.to_owned()
    })
}

/// Encodes an SSH string.
fn ssh_string(bytes: &[u8]) -> Vec<u8> {
    let len = u32::try_from(bytes.len()).unwrap_or(u32::MAX);
    let mut out = Vec::with_capacity(bytes.len().saturating_add(4));
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(bytes);
    out
}

/// Converts a certificate time to seconds since the epoch, clamped to the year 9999.
fn clamp_time(seconds: u64) -> i64 {
    i64::try_from(seconds).map_or(FOREVER, |s| s.min(FOREVER))
}

/// The signature algorithm an SSH signature name stands for.
fn signature_algorithm(registry: &Registry, name: &str) -> Asset {
    let canonical = SIGNATURE_NAMES
        .iter()
        .find(|(ssh, _)| *ssh == name)
        .map_or(name, |(_, canonical)| *canonical);
    Asset::algorithm(registry.by_name(canonical).map_or_else(
        || registry.unknown_name(name, Primitive::Signature),
        |definition| definition.algorithm(),
    ))
}

/// An OpenSSH certificate, read.
struct SshCertificate {
    /// The certificate asset.
    certificate: Asset,
    /// The certified public key.
    key: PublicKey,
    /// The CA's public key.
    ca: PublicKey,
    /// The algorithm the CA signed with.
    signature: Asset,
    /// The certificate's subject, as shown in contexts.
    subject: String,
}

/// Reads a certificate blob (PROTOCOL.certkeys) whose type is `cert_type`.
fn read_certificate(
    registry: &Registry,
    cert_type: &str,
    blob: &[u8],
) -> Result<SshCertificate, &'static str> {
    const TRUNCATED: &str = "truncated certificate";
    let plain_type = certified_type(cert_type).ok_or("not a certificate type")?;
    let mut r = Reader::new(blob);
    r.string().ok_or(TRUNCATED)?;
    r.string().ok_or(TRUNCATED)?; // nonce
    let fields_start = r;
    let fields = read_fields(registry, &plain_type, &mut r)?;
    let consumed = fields_start.remaining().saturating_sub(r.remaining());
    let field_bytes = fields_start.rest.get(..consumed).ok_or(TRUNCATED)?;
    let mut plain_blob = ssh_string(plain_type.as_bytes());
    plain_blob.extend_from_slice(field_bytes);
    let key = describe(registry, &plain_type, &plain_blob, fields, KeyKind::Public);

    let serial = r.u64().ok_or(TRUNCATED)?;
    let cert_kind = r.u32().ok_or(TRUNCATED)?;
    let key_id = super::clean_text(r.string().ok_or(TRUNCATED)?);
    let mut principals_buffer = Reader::new(r.string().ok_or(TRUNCATED)?);
    let mut principals = Vec::new();
    while principals_buffer.remaining() > 0 && principals.len() < MAX_PRINCIPALS {
        principals.push(super::clean_text(
            principals_buffer.string().ok_or("truncated principals")?,
        ));
    }
    let valid_after = r.u64().ok_or(TRUNCATED)?;
    let valid_before = r.u64().ok_or(TRUNCATED)?;
    for _critical_options_extensions_reserved in 0..3 {
        r.string().ok_or(TRUNCATED)?;
    }
    let ca_blob = r.string().ok_or(TRUNCATED)?;
    let signature_blob = r.string().ok_or(TRUNCATED)?;
    let ca = read_public_key(registry, ca_blob, KeyKind::Public)?;
    let signature_name = Reader::new(signature_blob)
        .string()
        .and_then(|t| std::str::from_utf8(t).ok())
        .ok_or("unreadable signature")?;
    let signature = signature_algorithm(registry, signature_name);

    let role = match cert_kind {
        1 => "user certificate".to_owned(),
        2 => "host certificate".to_owned(),
        other => format!("certificate of type {other}"),
    };
    let holders = if principals.is_empty() {
        "any principal".to_owned()
    } else {
        let mut shown = principals
            .iter()
            .take(SHOWN_PRINCIPALS)
            .cloned()
            .collect::<Vec<_>>()
            .join(",");
        if principals.len() > SHOWN_PRINCIPALS {
            shown.push_str(&format!(
                " and {} more",
                principals.len() - SHOWN_PRINCIPALS
            ));
        }
        shown
    };
    let subject = format!("{role} \"{key_id}\" for {holders}");
    let issuer = format!(
        "CA {} {}",
        ca.type_name,
        ca.key.native_fingerprint.as_deref().unwrap_or_default()
    );
    let certificate = Asset::certificate(Certificate {
        subject: subject.clone(),
        issuer,
        serial_hex: format!("{serial:x}"),
        not_before: clamp_time(valid_after),
        not_after: clamp_time(valid_before),
        sha256: spki::sha256_hex(blob),
        signature_algorithm: signature.id.clone(),
        public_key: Asset::key(key.key.clone()).id,
        version: 0,
        basic_constraints_ca: None,
        key_usage: Vec::new(),
        self_issued: false,
        format: FORMAT,
    });
    Ok(SshCertificate {
        certificate,
        key,
        ca,
        signature,
        subject,
    })
}

/// What the text before a key on its line says about the line.
enum LineKind {
    /// A bare key line (`.pub`, `authorized_keys` without options) or a key quoted in other text.
    Plain,
    /// An `authorized_keys` line with options; only the option names are kept.
    AuthorizedKeys { options: Vec<String> },
    /// A `known_hosts` line.
    KnownHosts {
        marker: Option<String>,
        hosts: String,
    },
}

/// Classifies a line from the text before its key type.
fn classify(prefix: &str, embedded: bool) -> LineKind {
    let prefix = prefix.trim();
    if embedded || prefix.is_empty() {
        return LineKind::Plain;
    }
    if prefix.starts_with('@') {
        let mut parts = prefix.split_whitespace();
        let marker = parts.next().map(str::to_owned);
        let hosts = parts.next().unwrap_or_default();
        return LineKind::KnownHosts {
            marker,
            hosts: shown_hosts(hosts),
        };
    }
    if let Some(options) = option_names(prefix) {
        return LineKind::AuthorizedKeys { options };
    }
    if !prefix.contains(char::is_whitespace) {
        return LineKind::KnownHosts {
            marker: None,
            hosts: shown_hosts(prefix),
        };
    }
    LineKind::Plain
}

/// How a known_hosts host list is shown (hashed entries reveal nothing).
fn shown_hosts(hosts: &str) -> String {
    if hosts.starts_with("|1|") {
        "a hashed host".to_owned()
    } else {
        super::clean_text(hosts.as_bytes())
    }
}

/// The option names of an authorized_keys options field, or `None` if the text is not one:
/// comma-separated `name` flags or `name="value"` / `name=value` options, quotes allowing commas and
/// spaces.
fn option_names(field: &str) -> Option<Vec<String>> {
    let mut items = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut escaped = false;
    for c in field.chars() {
        if escaped {
            escaped = false;
        } else if quoted && c == '\\' {
            escaped = true;
        } else if c == '"' {
            quoted = !quoted;
        } else if c == ',' && !quoted {
            items.push(std::mem::take(&mut current));
            continue;
        } else if c.is_whitespace() && !quoted {
            return None;
        }
        current.push(c);
    }
    if quoted {
        return None;
    }
    items.push(current);
    let mut names = Vec::with_capacity(items.len());
    for item in items {
        let (name, has_value) = match item.split_once('=') {
            Some((name, _)) => (name, true),
            None => (item.as_str(), false),
        };
        let well_formed =
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        let lower = name.to_ascii_lowercase();
        if !well_formed || !(has_value || OPTION_FLAGS.binary_search(&lower.as_str()).is_ok()) {
            return None;
        }
        names.push(lower);
    }
    Some(names)
}

/// Whether a token can be an SSH key type name.
fn looks_like_type(token: &[u8]) -> bool {
    (3..=64).contains(&token.len())
        && token.contains(&b'-')
        && token
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'@' | b'.' | b'_' | b'+' | b'-'))
}

fn is_base64(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=')
}

/// Characters that open a quoted or bracketed key in other syntax (JSON, YAML, HCL).
fn is_opener(b: u8) -> bool {
    matches!(
        b,
        b'"' | b'\'' | b'`' | b'[' | b'(' | b'{' | b'=' | b',' | b':'
    )
}

/// A key found on a line of text.
struct LineKey<'t> {
    /// The key type written on the line.
    type_name: &'t str,
    /// The decoded blob.
    blob: Vec<u8>,
    /// What the text before the key says about the line.
    kind: LineKind,
    /// The comment after the key, if any.
    comment: Option<String>,
}

/// Finds the first key on a line: a key type token followed by base64 that decodes to a blob
/// naming that type.
fn find_key(line: &[u8]) -> Option<LineKey<'_>> {
    let mut tokens = line
        .split(|b| b.is_ascii_whitespace())
        .scan(0usize, |position, token| {
            let start = *position;
            *position = start.saturating_add(token.len()).saturating_add(1);
            Some((start, token))
        })
        .filter(|(_, token)| !token.is_empty())
        .peekable();
    while let Some((start, token)) = tokens.next() {
        let Some(&(next_start, next)) = tokens.peek() else {
            break;
        };
        let cut = token
            .iter()
            .rposition(|b| is_opener(*b))
            .map_or(0, |i| i + 1);
        let Some(type_bytes) = token.get(cut..).filter(|t| looks_like_type(t)) else {
            continue;
        };
        let run = next.iter().take_while(|b| is_base64(**b)).count();
        let Some(text) = next
            .get(..run)
            .filter(|t| t.len() >= 20 && t.len() <= MAX_BLOB_TEXT && t.starts_with(b"AAAA"))
        else {
            continue;
        };
        // Documentation elides keys (`AAAAB3NzaC1yc2EAAAADAQABAAABAQC...`): a mention, not a key.
        let rest = next.get(run..).unwrap_or_default();
        if rest.starts_with(b".") || rest.starts_with("\u{2026}".as_bytes()) {
            continue;
        }
        let Ok(blob) = BASE64.decode(text) else {
            continue;
        };
        if Reader::new(&blob).string() != Some(type_bytes) {
            continue;
        }
        let type_name = std::str::from_utf8(type_bytes).ok()?;
        let embedded = cut > 0;
        let prefix = line.get(..start).unwrap_or_default();
        let mut after = line
            .get(next_start.saturating_add(run)..)
            .unwrap_or_default();
        if embedded
            && let Some(end) = after
                .iter()
                .position(|b| matches!(b, b'"' | b'\'' | b'\\' | b'`'))
        {
            after = after.get(..end).unwrap_or_default();
        }
        let comment = super::clean_text(after.trim_ascii());
        return Some(LineKey {
            type_name,
            blob,
            kind: classify(&String::from_utf8_lossy(prefix), embedded),
            comment: (!comment.is_empty()).then_some(comment),
        });
    }
    None
}

/// An RFC 4716 block being read.
struct Rfc4716 {
    line: u32,
    offset: usize,
    comment: Option<String>,
    in_headers: bool,
    continued: bool,
    body: Vec<u8>,
}

/// The state of one detector call: the sink and how many keys it has had.
struct Scan<'r, 's, 'k> {
    registry: &'r Registry,
    sink: &'s mut Sink<'k>,
    keys: usize,
}

impl Scan<'_, '_, '_> {
    /// Whether the file has had its share of keys (reported once, when it happens).
    fn full(&mut self) -> bool {
        if self.keys == MAX_KEYS {
            self.sink.diagnostic(
                DiagnosticKind::Unsupported,
                format!("more than {MAX_KEYS} SSH keys; the rest are not reported"),
            );
            self.keys = MAX_KEYS.saturating_add(1);
        }
        self.keys > MAX_KEYS
    }

    /// Reports a key and its algorithm at a place.
    fn key(&mut self, algorithm: Asset, key: Key, place: &Place) {
        self.keys = self.keys.saturating_add(1);
        self.sink.found(algorithm, place.clone());
        self.sink.found(Asset::key(key), place.clone());
    }

    /// Reads an `openssh-key-v1` container (PROTOCOL.key): its cipher and KDF, then its public keys
    /// in the clear. The private section is only skipped.
    fn private_key(&mut self, body: &[u8], mut place: Place) -> Result<(), String> {
        const TRUNCATED: &str = "truncated openssh-key-v1 header";
        let mut r = Reader::new(body);
        if r.take(PRIVATE_KEY_MAGIC.len()) != Some(PRIVATE_KEY_MAGIC) {
            return Err("no openssh-key-v1 magic".to_owned());
        }
        let cipher = r.string().ok_or(TRUNCATED)?;
        let kdf = r.string().ok_or(TRUNCATED)?;
        let kdf_options = r.string().ok_or(TRUNCATED)?;
        let count = r.u32().ok_or(TRUNCATED)?;
        if count == 0 || count > MAX_CONTAINER_KEYS {
            return Err(format!("implausible key count {count}"));
        }
        let mut publics = Vec::new();
        for index in 1..=count {
            publics.push(
                r.string()
                    .ok_or_else(|| format!("public key {index} is truncated"))?,
            );
        }
        // The private section: its length must fit; its content is never read.
        r.string().ok_or("private section is truncated")?;

        let cipher = String::from_utf8_lossy(cipher).into_owned();
        let kdf = String::from_utf8_lossy(kdf).into_owned();
        let protection = (cipher != "none").then(|| self.protection(&cipher, &kdf, kdf_options));
        let state = match &protection {
            Some(_) => format!("encrypted with {}", super::clean_text(cipher.as_bytes())),
            None => "not encrypted".to_owned(),
        };
        for (index, blob) in publics.into_iter().enumerate() {
            let public = read_public_key(self.registry, blob, KeyKind::Private)
                .map_err(|problem| format!("public key {}: {problem}", index + 1))?;
            if self.full() {
                return Ok(());
            }
            place.context = Some(format!("{} private key, {state}", public.type_name));
            let mut key = public.key;
            if let Some((protection, assets)) = &protection {
                key.protection = Some(protection.clone());
                let mut at = place.clone();
                at.context = Some(format!("protection: {}", protection.description));
                for asset in assets {
                    self.sink.found(asset.clone(), at.clone());
                }
            }
            self.key(public.algorithm, key, &place);
        }
        Ok(())
    }

    /// The protection of an encrypted container, with the assets it refers to.
    fn protection(&self, cipher: &str, kdf: &str, kdf_options: &[u8]) -> (Protection, Vec<Asset>) {
        let registry = self.registry;
        let cipher_asset = Asset::algorithm(registry.by_name(cipher).map_or_else(
            || registry.unknown_name(cipher, Primitive::Unknown),
            |definition| definition.algorithm(),
        ));
        let kdf_asset = Asset::algorithm(registry.by_name(kdf).map_or_else(
            || registry.unknown_name(kdf, Primitive::Kdf),
            |definition| definition.algorithm(),
        ));
        // bcrypt options: string salt, uint32 rounds.
        let mut options = Reader::new(kdf_options);
        let rounds = (kdf == "bcrypt")
            .then(|| options.string().and_then(|_salt| options.u32()))
            .flatten();
        let description = match rounds {
            Some(rounds) => format!("OpenSSH {kdf} KDF, {rounds} rounds, {cipher}"),
            None => format!("OpenSSH {kdf} KDF, {cipher}"),
        };
        let protection = Protection {
            scheme: cipher_asset.id.clone(),
            parts: vec![kdf_asset.id.clone()],
            description: super::clean_text(description.as_bytes()),
        };
        (protection, vec![cipher_asset, kdf_asset])
    }

    /// Scans text for key lines and RFC 4716 blocks.
    fn text(&mut self, bytes: &[u8], symbol: &'static str) {
        let mut block: Option<Rfc4716> = None;
        let mut offset = 0usize;
        for (index, raw) in bytes.split_inclusive(|b| *b == b'\n').enumerate() {
            let line_offset = offset;
            offset = offset.saturating_add(raw.len());
            let number = u32::try_from(index).map_or(u32::MAX, |i| i.saturating_add(1));
            let line = raw.trim_ascii();
            if let Some(open) = block.as_mut() {
                match self.rfc4716_line(open, line) {
                    Some(true) => continue,
                    Some(false) => {
                        block = None;
                        continue;
                    }
                    // Not part of the block after all: read the line as ordinary text.
                    None => block = None,
                }
            }
            if self.full() {
                return;
            }
            if line.starts_with(RFC4716_BEGIN.as_bytes()) {
                block = Some(Rfc4716 {
                    line: number,
                    offset: line_offset,
                    comment: None,
                    in_headers: true,
                    continued: false,
                    body: Vec::new(),
                });
                continue;
            }
            if memchr::memmem::find(line, b"AAAA").is_none() {
                continue;
            }
            if let Some(found) = find_key(line) {
                let place = Place {
                    line: Some(number),
                    column: None,
                    offset: u64::try_from(line_offset).ok(),
                    symbol: None,
                    context: None,
                    rule: None,
                    provided: false,
                };
                self.line_key(found, place, symbol);
            }
        }
        if let Some(open) = block
            && !open.body.is_empty()
        {
            self.sink.diagnostic(
                DiagnosticKind::Malformed,
                format!("SSH2 PUBLIC KEY block at line {}: no END line", open.line),
            );
        }
    }

    /// Feeds one line to an open RFC 4716 block: `Some(true)` to keep reading it, `Some(false)` when
    /// it is done, `None` when the line shows it was only a mention (nothing read yet).
    fn rfc4716_line(&mut self, open: &mut Rfc4716, line: &[u8]) -> Option<bool> {
        if line.starts_with(RFC4716_END.as_bytes()) {
            self.rfc4716_done(open);
            return Some(false);
        }
        let text = String::from_utf8_lossy(line);
        if open.continued {
            open.continued = text.ends_with('\\');
            if let Some(comment) = open.comment.as_mut() {
                comment.push_str(text.trim_end_matches('\\'));
            }
            return Some(true);
        }
        if open.in_headers
            && let Some((tag, value)) = text.split_once(':')
            && !tag.is_empty()
            && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            open.continued = value.ends_with('\\');
            if tag.eq_ignore_ascii_case("Comment") {
                open.comment = Some(value.trim().trim_end_matches('\\').to_owned());
            }
            return Some(true);
        }
        open.in_headers = false;
        if !line.is_empty() && line.iter().all(|b| is_base64(*b)) {
            if open.body.len().saturating_add(line.len()) > MAX_BLOB_TEXT {
                self.sink.diagnostic(
                    DiagnosticKind::Malformed,
                    format!("SSH2 PUBLIC KEY block at line {}: body too long", open.line),
                );
                return Some(false);
            }
            open.body.extend_from_slice(line);
            return Some(true);
        }
        if open.body.is_empty() {
            return None;
        }
        self.sink.diagnostic(
            DiagnosticKind::Malformed,
            format!(
                "SSH2 PUBLIC KEY block at line {}: body is not base64",
                open.line
            ),
        );
        Some(false)
    }

    /// Reports a complete RFC 4716 block.
    fn rfc4716_done(&mut self, open: &Rfc4716) {
        if open.body.is_empty() {
            return;
        }
        let outcome = BASE64
            .decode(&open.body)
            .map_err(|_| "body is not base64")
            .and_then(|blob| {
                let type_name = Reader::new(&blob)
                    .string()
                    .and_then(|t| std::str::from_utf8(t).ok())
                    .ok_or("unreadable key type")?
                    .to_owned();
                let comment = open
                    .comment
                    .as_deref()
                    .map(|c| super::clean_text(c.trim().trim_matches('"').as_bytes()))
                    .filter(|c| !c.is_empty());
                let place = Place {
                    line: Some(open.line),
                    column: None,
                    offset: u64::try_from(open.offset).ok(),
                    symbol: None,
                    context: None,
                    rule: None,
                    provided: false,
                };
                let found = LineKey {
                    type_name: &type_name,
                    blob,
                    kind: LineKind::Plain,
                    comment,
                };
                self.blob(found, place, "ssh2-public-key")
            });
        if let Err(problem) = outcome {
            self.sink.diagnostic(
                DiagnosticKind::Malformed,
                format!("SSH2 PUBLIC KEY block at line {}: {problem}", open.line),
            );
        }
    }

    /// Reports a key found on a line; a blob that names its type but does not parse is a
    /// diagnostic.
    fn line_key(&mut self, found: LineKey<'_>, place: Place, symbol: &'static str) {
        let line = place.line.unwrap_or_default();
        let type_name = found.type_name.to_owned();
        if let Err(problem) = self.blob(found, place, symbol) {
            let kind = if problem == UNKNOWN_CERTIFICATE {
                DiagnosticKind::Unsupported
            } else {
                DiagnosticKind::Malformed
            };
            self.sink.diagnostic(
                kind,
                format!(
                    "{} key at line {line}: {problem}",
                    super::clean_text(type_name.as_bytes())
                ),
            );
        }
    }

    /// Reports a public key or certificate blob.
    fn blob(
        &mut self,
        found: LineKey<'_>,
        mut place: Place,
        plain_symbol: &'static str,
    ) -> Result<(), &'static str> {
        if found.type_name.ends_with(CERT_SUFFIX) {
            let known = certified_type(found.type_name).is_some_and(|t| is_known_type(&t));
            if !known {
                return Err(UNKNOWN_CERTIFICATE);
            }
            let certificate = read_certificate(self.registry, found.type_name, &found.blob)?;
            self.certificate(certificate, place);
            return Ok(());
        }
        let public = read_public_key(self.registry, &found.blob, KeyKind::Public)?;
        let fido = if public.application.is_some() {
            " FIDO"
        } else {
            ""
        };
        let what = format!("{}{fido}", public.type_name);
        let comment = found
            .comment
            .as_deref()
            .map(|c| format!(" \"{c}\""))
            .unwrap_or_default();
        let application = public
            .application
            .as_deref()
            .map(|a| format!(" (application {a})"))
            .unwrap_or_default();
        let (symbol, context) = match &found.kind {
            LineKind::Plain => (plain_symbol, format!("{what} key{comment}{application}")),
            LineKind::AuthorizedKeys { options } => (
                "authorized_keys",
                format!(
                    "{what} key{comment}{application} with options {}",
                    options.join(",")
                ),
            ),
            LineKind::KnownHosts { marker, hosts } => {
                let context = match marker.as_deref() {
                    Some("@cert-authority") => format!("{what} CA key for {hosts}"),
                    Some("@revoked") => format!("revoked {what} key for {hosts}"),
                    _ => format!("{what} host key for {hosts}"),
                };
                ("known_hosts", context)
            }
        };
        place.symbol = Some(symbol.to_owned());
        place.context = Some(super::clean_text(context.as_bytes()));
        self.key(public.algorithm, public.key, &place);
        Ok(())
    }

    /// Reports a certificate with its certified key, CA key and signature algorithm.
    fn certificate(&mut self, certificate: SshCertificate, mut place: Place) {
        let subject = &certificate.subject;
        place.symbol = Some("ssh-certificate".to_owned());
        place.context = Some(super::clean_text(format!("OpenSSH {subject}").as_bytes()));
        self.sink.found(certificate.certificate, place.clone());
        place.symbol = Some("ssh-certificate-signature".to_owned());
        place.context = Some(super::clean_text(
            format!("signature of {subject}").as_bytes(),
        ));
        self.sink.found(certificate.signature, place.clone());
        let key_id = Asset::key(certificate.key.key.clone()).id;
        place.symbol = Some("ssh-certificate-key".to_owned());
        place.context = Some(super::clean_text(
            format!("public key of {subject}").as_bytes(),
        ));
        self.key(certificate.key.algorithm, certificate.key.key, &place);
        // A self-signed certificate names one key twice; report it once.
        if Asset::key(certificate.ca.key.clone()).id != key_id {
            place.symbol = Some("ssh-ca-key".to_owned());
            place.context = Some(super::clean_text(format!("CA key of {subject}").as_bytes()));
            self.key(certificate.ca.algorithm, certificate.ca.key, &place);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::Collected;
    use crate::model::{AssetBody, Finding};

    use crate::detect::testing::registry;

    fn run(location: &str, bytes: &[u8]) -> Collected {
        crate::detect::testing::run(&SshDetector, location, bytes)
    }

    /// One line per finding: line, symbol, what the asset is, and the context.
    fn summary(finding: &Finding) -> String {
        let what = match &finding.asset.body {
            AssetBody::Algorithm(a) => format!("algorithm {} ({})", a.name, a.primitive.as_str()),
            AssetBody::Key(k) => format!(
                "{} key {:?} bits, {} {} {}",
                k.kind.as_str(),
                k.size_bits,
                k.id_basis.as_str(),
                k.fingerprint,
                k.native_fingerprint.as_deref().unwrap_or("-"),
            ),
            AssetBody::Certificate(c) => format!("certificate {}", c.subject),
            AssetBody::Library(l) => format!("library {}", l.name),
        };
        format!(
            "{} {} | {} | {}",
            finding.occurrence.line.unwrap_or_default(),
            finding.occurrence.symbol.as_deref().unwrap_or("-"),
            what,
            finding.occurrence.context.as_deref().unwrap_or("-"),
        )
    }

    /// Checks the findings of one file, one summary line each, and that there are no diagnostics.
    fn check(location: &str, input: &str, expected: &[&str]) {
        let out = run(location, input.as_bytes());
        let actual: Vec<String> = out.findings.iter().map(summary).collect();
        assert_eq!(actual, expected, "\n{}", actual.join("\n"));
        assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
    }

    fn keys(out: &Collected) -> Vec<&Key> {
        out.findings
            .iter()
            .filter_map(|f| match &f.asset.body {
                AssetBody::Key(k) => Some(k),
                _ => None,
            })
            .collect()
    }

    // Made with OpenSSH 9.2p1 `ssh-keygen` (ed25519, rsa 3072, ecdsa 384, dsa, an ed25519 key
    // encrypted with `-a 16`, a user certificate from an ed25519 CA and a host certificate from an
    // RSA CA). Native fingerprints are what `ssh-keygen -lf` prints; SPKI hashes what
    // `ssh-keygen -e -m PKCS8 -f key.pub | openssl pkey -pubin -outform DER | sha256sum` prints
    // (Ed25519, which that export refuses: `302a300506032b6570032100` and the raw key, checked with
    // `openssl pkey -pubin -inform DER`).
    const ED25519_PUB: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILerfoRBxesYTFD2Vug7d+86/oag/NYl0TXpAGkFCkqD fixture@cryptoscope";
    const ED25519_SPKI: &str = "a7db970c73993d6b9533994270a0756346b16a480ca7e448e33ccdaceb5a6a92";
    const ED25519_FP: &str = "SHA256:+sZyJLqfAYN0jeboE28fXmvBFY4zmdliqdlPRck5hVM";

    const RSA_PUB: &str = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQDOKm986z3JxbsMsDlluBSg0v+wXFzw7Q/F2PV7P7jJQR0ya6XQkFA8ZaYjD69NuEAOwOcwkTt+fkv43ByWNxAgxJV1BiXE5/fHzIXxh/3NidrP2s2iVatE/xQRPr+PMSzx8aAxw69DcnPgC0p0ekWzeHgcFvI0gHDr7w3Nn8hhdHKg1bdSKwKME+ttSmXOTv8+wNBQEQyPGLSfz7cqoA/O3CALO3xMSd4VkIeh2hv7bW1Jx4xmAuuxUfoE4NVxbFKRb1sUGAuAdTVd8ukFgS+5Rm6ZyXfIC8kSfKL3hjOFYic9jtdFTcalR5xhQUURvskygBZOpR9vSCQnVOLryE+dkVbU27upqSe/wL6B8dmifs/HPObA/TrTxusitUzgcluY9wEVDGrh59GpSw20G1NFcuPrqlEFTSCXPvnf1flVhWlr5e6OXVmOVf/UEt77dedrAsBDsf5ZPBElLdob1JazTicU4TXmBAAIitWmIm5YJXbdCOC5gIphxOYGm7iGS+8= rsa@cryptoscope";
    const RSA_SPKI: &str = "0e1f3e7858572ce90ed1fa3a2c9b3d7e4fd3857dca626b85fc5906b1140ff07a";
    const RSA_FP: &str = "SHA256:5VIUYiA5BfNJsBdjRbUIuQb7Nm7YN/nSb+4mev+XFAo";

    const ECDSA_PUB: &str = "ecdsa-sha2-nistp384 AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBBGgZhie5OnImkH1jLMyHw3zPULOCS7A7sJKXjnYRLUO6UGq9XRL1Gr8fpsxCkHQXU/jza3ibwp1kLzMizE78CHY76CY9MmG3bA/8qeCG0MEca8BvMkeOaHXOpYEicLADA== ecdsa@cryptoscope";
    const ECDSA_SPKI: &str = "355b747377b7f839cf0bd211b74546d6996de1c0acbd77c638bf9231dd397ea9";
    const ECDSA_FP: &str = "SHA256:67GCRra+Pk1XsNzMPH1ZV48xcUeF1/M4o0El0icD8F8";

    const DSA_PUB: &str = "ssh-dss AAAAB3NzaC1kc3MAAACBAPhpp14JcXmlCzRg+r6UsuqSu8US7UGy0jwzZoitQ/U35l5WAJzi4N53E/4lJCfVS4VwAj07iJvm5EAUzsVHvBVlPLubZ9Xe8y+cz+G291nezkf2QMjhVrCAdZb79Culsme/RMsutHwVK4FfHSLikBu8B2dfaoZPaiuvJBXpU8X3AAAAFQDJDYI4W7fycadc9rcEHALgG19Q2wAAAIBKKCDNlOeBKzdc/aCOEulDF59ms0upvIwzQjlTzugQWOrMbRzOOKKxWpS+SANwDu6EZRMpTg2O7WmfTfPY+pHLC3nnypG43+4v0x0N2v/tV8slw5ddir+iaI3CqY06tWL7SpKq0hq5Gk1sqPJ71AJa8mIesXCW+fZznh24V7cYXgAAAIEA3/fSjLQNXjSYwN0qFNJrS2lRSFuzS26/OZcy1vfyftydLJ3R6ciV7+mIo8dK2eZSYMsLgnBLNQKw/Vtysqa7hWnB70e6bvJfERk7ok3gHyWh/WkVwhVphUYis/tTtkdeHHAN8RUP+3c/+QqcuC5ekQhP/nxKlizKZbUUynF54X0= dsa@cryptoscope";
    const DSA_SPKI: &str = "353f076965ec2742bc7167e33f9cd8a59da5130181885f2b24397692b4d0c5b5";
    const DSA_FP: &str = "SHA256:rFsFk1pzgGYpHfeqYVif38XEMcAEwXL9HCaukrapCr8";

    const CA_PUB: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGIzgfUYUkOKKtDFwaH55uYWOCo8cW/zGLBLZRzU+haU ca@cryptoscope";
    const CA_SPKI: &str = "882f495823d8fb4a82b38b552127c28d58e1e48aecf6f72b9fe3f3ddcffe2ddc";
    const CA_FP: &str = "SHA256:d/iW82WtrHD5khp7fQcAJBR0cQuG11Pii1pKtbBN3Pg";

    const RSA_CA_SPKI: &str = "58b4a4d279a82717c325c07daee06ef6c177590441458f5c8bac800b13a8590e";
    const RSA_CA_FP: &str = "SHA256:89fu7ppV6GUU30ICwftjcRNJNaYXtDh0Uv3AcbZqOOQ";

    /// `ssh-keygen -s ca -I fixture-id -n alice,bob -V 20240101000000:20340101000000 -z 4660`.
    const USER_CERT: &str = "ssh-ed25519-cert-v01@openssh.com AAAAIHNzaC1lZDI1NTE5LWNlcnQtdjAxQG9wZW5zc2guY29tAAAAICNOzbiVKFhYUNtUbCyb0V4h77Zt2h0icZxoRMvOXeynAAAAILerfoRBxesYTFD2Vug7d+86/oag/NYl0TXpAGkFCkqDAAAAAAAAEjQAAAABAAAACmZpeHR1cmUtaWQAAAAQAAAABWFsaWNlAAAAA2JvYgAAAABlkgCAAAAAAHhh+AAAAAAAAAAAggAAABVwZXJtaXQtWDExLWZvcndhcmRpbmcAAAAAAAAAF3Blcm1pdC1hZ2VudC1mb3J3YXJkaW5nAAAAAAAAABZwZXJtaXQtcG9ydC1mb3J3YXJkaW5nAAAAAAAAAApwZXJtaXQtcHR5AAAAAAAAAA5wZXJtaXQtdXNlci1yYwAAAAAAAAAAAAAAMwAAAAtzc2gtZWQyNTUxOQAAACBiM4H1GFJDiirQxcGh+ebmFjgqPHFv8xiwS2Uc1PoWlAAAAFMAAAALc3NoLWVkMjU1MTkAAABAg8QU8geOcs1NpjRC5urmYxHCf6juiFaiKSgI1rsfiBCUeEK9liptj6lxnCGAikOC3Z4xXeFPsh9g1n3KJfMoAQ== fixture@cryptoscope";
    /// `awk '{print $2}' user-cert.pub | base64 -d | sha256sum`.
    const USER_CERT_SHA256: &str =
        "13c9894778c22d38a8eca1b65c6c7f37db53e10cc98e7b2d651abc83338da717";

    /// `ssh-keygen -s rsaca -h -I host-id -n host.example.com,10.0.0.1` on the ECDSA key: valid
    /// forever, signed `rsa-sha2-512` by an RSA-1024 CA.
    const HOST_CERT: &str = "ecdsa-sha2-nistp384-cert-v01@openssh.com AAAAKGVjZHNhLXNoYTItbmlzdHAzODQtY2VydC12MDFAb3BlbnNzaC5jb20AAAAglnBIFsk5BTZYpnPearl42AxnG95uAHBGXOKkyBH1yBAAAAAIbmlzdHAzODQAAABhBBGgZhie5OnImkH1jLMyHw3zPULOCS7A7sJKXjnYRLUO6UGq9XRL1Gr8fpsxCkHQXU/jza3ibwp1kLzMizE78CHY76CY9MmG3bA/8qeCG0MEca8BvMkeOaHXOpYEicLADAAAAAAAAAAAAAAAAgAAAAdob3N0LWlkAAAAIAAAABBob3N0LmV4YW1wbGUuY29tAAAACDEwLjAuMC4xAAAAAAAAAAD//////////wAAAAAAAAAAAAAAAAAAAJcAAAAHc3NoLXJzYQAAAAMBAAEAAACBAMFllv4D4UlpnxoKBIlQIYp5XqsTWV6h7ZvfHwLeyp3iYMjs6tnFONwXEhvEZZB7Vu0BtIapWDVLNepdRqFdT1FFE+p/Uh+al5w4+6yaLN6ek5xn47GZXBEN+5x1sPVcKrA/K03088aG3VAWupjiTzaPP3uDfq5lfl2lwY2gIRa3AAAAlAAAAAxyc2Etc2hhMi01MTIAAACAqLvlQSz3pCWJWG9LAsyvkFrzSOZVc50AzfMH3CE0A7ALm6cDalDEhROtsT0NYnWpWKr4UETWSNRXZslFytDfCHtRKLHV8RNXdQx3xH3XvsrMZX82429ymadH17KxDID+3XhwM7SYPRVRZqQWmH3R6/apnmJvxT0jv2KnkiUAIeM= ecdsa@cryptoscope";
    const HOST_CERT_SHA256: &str =
        "17c90fb3cdadc69b91a5a6ac39bdc6fe0e14f87a904c0e37a41bb230ee00d5a2";

    /// The private half of `ED25519_PUB`, not encrypted.
    const ED25519_PRIVATE: &str = "-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACC3q36EQcXrGExQ9lboO3fvOv6GoPzWJdE16QBpBQpKgwAAAJjHAx77xwMe
+wAAAAtzc2gtZWQyNTUxOQAAACC3q36EQcXrGExQ9lboO3fvOv6GoPzWJdE16QBpBQpKgw
AAAEDvtKPI2d0rGfbuHQRKlnreqJ1gwGQDqxF/ZSKjNRC6oLerfoRBxesYTFD2Vug7d+86
/oag/NYl0TXpAGkFCkqDAAAAE2ZpeHR1cmVAY3J5cHRvc2NvcGUBAg==
-----END OPENSSH PRIVATE KEY-----
";

    /// `ssh-keygen -t ed25519 -N 'correct horse' -a 16 -C enc@cryptoscope`.
    const ENCRYPTED_PRIVATE: &str = "-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAGAAAABBZIeGyxu
vSNJ3uBjHxdY+yAAAAEAAAAAEAAAAzAAAAC3NzaC1lZDI1NTE5AAAAIFVqeF34y06QlQto
tbgQwy75eix1uSGtj3onyXL0qU0yAAAAoOq7xmHj4AYSLAqPJ+9WbMV+JcntF7SHNGYBx/
9AogAfNvrTzKCyNi8f02ZybKDnDgyYUFKaq9Gjml2D3cIwS6bGA2Ja4DWwQ3eDQx6+vZmQ
95xp/FufOBF7g1QoE1DsbQjtVdQxsODT6Sv5cplvbN0iWSpWtEfs1E7SDxUpjV2Pj/+lQg
2U+1uTli7HRlAD3PZPd0jcOY019MTbNgL/MVI=
-----END OPENSSH PRIVATE KEY-----
";
    const ENCRYPTED_SPKI: &str = "005fe1d93cba268f7e1374b2be1b74427c5579a3e42d08dae796e75226ed73d1";
    const ENCRYPTED_FP: &str = "SHA256:C2jdCLj6b+uIK+PR54qlD1C8AJrkvIHuVZ+Fl+iNe80";

    /// The summary lines of one key: its algorithm, then the key.
    fn key_lines(head: &str, algorithm: &str, key: &str, context: &str) -> [String; 2] {
        [
            format!("{head} | algorithm {algorithm} | {context}"),
            format!("{head} | {key} | {context}"),
        ]
    }

    fn public(bits: u32, spki: &str, fingerprint: &str) -> String {
        format!("public-key key Some({bits}) bits, sha256 {spki} {fingerprint}")
    }

    fn strs(lines: &[String]) -> Vec<&str> {
        lines.iter().map(String::as_str).collect()
    }

    #[test]
    fn public_key_files_name_size_and_fingerprint_each_key() {
        let cases = [
            (
                ED25519_PUB,
                "Ed25519 (signature)",
                256,
                ED25519_SPKI,
                ED25519_FP,
                "ssh-ed25519 key \"fixture@cryptoscope\"",
            ),
            (
                RSA_PUB,
                "RSA-3072 (signature)",
                3072,
                RSA_SPKI,
                RSA_FP,
                "ssh-rsa key \"rsa@cryptoscope\"",
            ),
            (
                ECDSA_PUB,
                "ECDSA-P-384 (signature)",
                384,
                ECDSA_SPKI,
                ECDSA_FP,
                "ecdsa-sha2-nistp384 key \"ecdsa@cryptoscope\"",
            ),
            (
                DSA_PUB,
                "DSA-1024 (signature)",
                1024,
                DSA_SPKI,
                DSA_FP,
                "ssh-dss key \"dsa@cryptoscope\"",
            ),
        ];
        for (line, algorithm, bits, spki, fingerprint, context) in cases {
            let expected = key_lines(
                "1 ssh-public-key",
                algorithm,
                &public(bits, spki, fingerprint),
                context,
            );
            check(
                "home/user/.ssh/key.pub",
                &format!("{line}\n"),
                &strs(&expected),
            );
        }
    }

    #[test]
    fn authorized_keys_options_prose_and_line_numbers() {
        let text = format!(
            "# Keys for the deploy user; ssh-rsa keys need rsa-sha2-512 now.\n\
             from=\"10.0.0.0/8\",command=\"echo hello, world\",no-pty {ED25519_PUB}\n\
             The ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC... key below was rotated.\n\
             restrict,Port-Forwarding {ECDSA_PUB}\n\
             \n\
             {DSA_PUB}\n"
        );
        let mut expected = Vec::new();
        expected.extend(key_lines(
            "2 authorized_keys",
            "Ed25519 (signature)",
            &public(256, ED25519_SPKI, ED25519_FP),
            "ssh-ed25519 key \"fixture@cryptoscope\" with options from,command,no-pty",
        ));
        expected.extend(key_lines(
            "4 authorized_keys",
            "ECDSA-P-384 (signature)",
            &public(384, ECDSA_SPKI, ECDSA_FP),
            "ecdsa-sha2-nistp384 key \"ecdsa@cryptoscope\" with options restrict,port-forwarding",
        ));
        expected.extend(key_lines(
            "6 authorized_keys",
            "DSA-1024 (signature)",
            &public(1024, DSA_SPKI, DSA_FP),
            "ssh-dss key \"dsa@cryptoscope\"",
        ));
        check("home/deploy/.ssh/authorized_keys", &text, &strs(&expected));
    }

    #[test]
    fn known_hosts_patterns_hashed_hosts_and_markers() {
        let ca = CA_PUB.trim_end_matches(" ca@cryptoscope");
        let text = format!(
            "git.example.org,192.0.2.7 {ca}\n\
             |1|RAcyoGjGEbKfjSeXJMwgMndOT38=|C9UZIjO2wLRUOtgy4KmyULn9xRg= {ca}\n\
             @cert-authority *.example.org {ca}\n\
             @revoked * {RSA_PUB}\n"
        );
        let ca_key = public(256, CA_SPKI, CA_FP);
        let mut expected = Vec::new();
        for (line, context) in [
            (1, "ssh-ed25519 host key for git.example.org,192.0.2.7"),
            (2, "ssh-ed25519 host key for a hashed host"),
            (3, "ssh-ed25519 CA key for *.example.org"),
        ] {
            expected.extend(key_lines(
                &format!("{line} known_hosts"),
                "Ed25519 (signature)",
                &ca_key,
                context,
            ));
        }
        expected.extend(key_lines(
            "4 known_hosts",
            "RSA-3072 (signature)",
            &public(3072, RSA_SPKI, RSA_FP),
            "revoked ssh-rsa key for *",
        ));
        check("etc/ssh/ssh_known_hosts", &text, &strs(&expected));
    }

    #[test]
    fn keys_quoted_in_other_syntax_are_found() {
        let text =
            format!("{{\"users\": [{{\"name\": \"deploy\", \"key\": \"{ED25519_PUB}\"}}]}}\n");
        let expected = key_lines(
            "1 ssh-public-key",
            "Ed25519 (signature)",
            &public(256, ED25519_SPKI, ED25519_FP),
            "ssh-ed25519 key \"fixture@cryptoscope\"",
        );
        check("deploy/users.json", &text, &strs(&expected));
    }

    #[test]
    fn prose_that_mentions_key_types_is_ignored() {
        check(
            "README.md",
            "Use ssh-ed25519 keys; ssh-rsa with SHA-1 is disabled.\n\
             Run `ssh-keygen -t ecdsa-sha2-nistp256` or paste ssh-rsa AAAAB3NzaC1yc2E... here.\n\
             ssh-ed25519 AAAAB3NzaC1yc2EAAAADAQABAAABAQCxyz is not even the right type.\n",
            &[],
        );
    }

    #[test]
    fn rfc4716_blocks_with_continued_headers() {
        let text = "---- BEGIN SSH2 PUBLIC KEY ----\n\
                    Comment: \"384-bit ECDSA, converted by \\\n\
                    root@vm from OpenSSH\"\n\
                    AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBBGgZhie5OnImkH1jL\n\
                    MyHw3zPULOCS7A7sJKXjnYRLUO6UGq9XRL1Gr8fpsxCkHQXU/jza3ibwp1kLzMizE78CHY\n\
                    76CY9MmG3bA/8qeCG0MEca8BvMkeOaHXOpYEicLADA==\n\
                    ---- END SSH2 PUBLIC KEY ----\n";
        let expected = key_lines(
            "1 ssh2-public-key",
            "ECDSA-P-384 (signature)",
            &public(384, ECDSA_SPKI, ECDSA_FP),
            "ecdsa-sha2-nistp384 key \"384-bit ECDSA, converted by root@vm from OpenSSH\"",
        );
        check("ecdsa.ssh2", text, &strs(&expected));
    }

    #[test]
    fn private_keys_are_described_by_their_public_part() {
        let expected = key_lines(
            "1 openssh-private-key",
            "Ed25519 (signature)",
            &format!("private-key key Some(256) bits, sha256 {ED25519_SPKI} {ED25519_FP}"),
            "ssh-ed25519 private key, not encrypted",
        );
        check(
            "home/user/.ssh/id_ed25519",
            ED25519_PRIVATE,
            &strs(&expected),
        );
    }

    #[test]
    fn encrypted_private_keys_name_cipher_and_kdf() {
        let context = "ssh-ed25519 private key, encrypted with aes256-ctr";
        let protection = "protection: OpenSSH bcrypt KDF, 16 rounds, aes256-ctr";
        let mut expected = vec![
            format!("1 openssh-private-key | algorithm AES-256-CTR (block-cipher) | {protection}"),
            format!("1 openssh-private-key | algorithm bcrypt (kdf) | {protection}"),
        ];
        expected.extend(key_lines(
            "1 openssh-private-key",
            "Ed25519 (signature)",
            &format!("private-key key Some(256) bits, sha256 {ENCRYPTED_SPKI} {ENCRYPTED_FP}"),
            context,
        ));
        check("id_enc", ENCRYPTED_PRIVATE, &strs(&expected));

        let out = run("id_enc", ENCRYPTED_PRIVATE.as_bytes());
        let key = keys(&out)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no key"));
        let protection = key
            .protection
            .as_ref()
            .unwrap_or_else(|| panic!("no protection"));
        assert_eq!(
            protection.description,
            "OpenSSH bcrypt KDF, 16 rounds, aes256-ctr"
        );
        assert_eq!(
            protection.scheme.as_str(),
            "crypto/algorithm/block-cipher/AES-256-CTR"
        );
        assert_eq!(
            protection
                .parts
                .iter()
                .map(|p| p.as_str())
                .collect::<Vec<_>>(),
            ["crypto/algorithm/kdf/bcrypt"]
        );
    }

    #[test]
    fn openssh_ciphers_resolve_through_the_registry() {
        let scan_names = |cipher: &str| {
            let mut collected = Collected::default();
            let mut sink = Sink {
                out: &mut collected,
                detector: "ssh",
                location: "x",
            };
            let scan = Scan {
                registry: registry(),
                sink: &mut sink,
                keys: 0,
            };
            let (protection, _) = scan.protection(cipher, "bcrypt", &[]);
            protection.scheme.as_str().to_owned()
        };
        assert_eq!(
            scan_names("aes128-cbc"),
            "crypto/algorithm/block-cipher/AES-128-CBC"
        );
        assert_eq!(
            scan_names("aes256-gcm@openssh.com"),
            "crypto/algorithm/ae/AES-256-GCM"
        );
        assert_eq!(
            scan_names("chacha20-poly1305@openssh.com"),
            "crypto/algorithm/ae/ChaCha20-Poly1305"
        );
        assert_eq!(
            scan_names("twofish-cbc"),
            "crypto/algorithm/unknown/twofish-cbc"
        );
    }

    #[test]
    fn user_certificates_link_key_ca_and_signature() {
        let subject = "user certificate \"fixture-id\" for alice,bob";
        let mut expected = vec![
            format!("1 ssh-certificate | certificate {subject} | OpenSSH {subject}"),
            format!(
                "1 ssh-certificate-signature | algorithm Ed25519 (signature) | signature of {subject}"
            ),
        ];
        expected.extend(key_lines(
            "1 ssh-certificate-key",
            "Ed25519 (signature)",
            &public(256, ED25519_SPKI, ED25519_FP),
            &format!("public key of {subject}"),
        ));
        expected.extend(key_lines(
            "1 ssh-ca-key",
            "Ed25519 (signature)",
            &public(256, CA_SPKI, CA_FP),
            &format!("CA key of {subject}"),
        ));
        check(
            "id_ed25519-cert.pub",
            &format!("{USER_CERT}\n"),
            &strs(&expected),
        );

        let out = run("id_ed25519-cert.pub", USER_CERT.as_bytes());
        let ids: Vec<&str> = out.findings.iter().map(|f| f.asset.id.as_str()).collect();
        let Some(AssetBody::Certificate(certificate)) = out.findings.first().map(|f| &f.asset.body)
        else {
            panic!("no certificate first");
        };
        assert_eq!(certificate.issuer, format!("CA ssh-ed25519 {CA_FP}"));
        assert_eq!(certificate.serial_hex, "1234");
        assert_eq!(certificate.not_before, 1_704_067_200);
        assert_eq!(certificate.not_after, 2_019_686_400);
        assert_eq!(certificate.sha256, USER_CERT_SHA256);
        assert_eq!(certificate.format, "OpenSSH");
        assert_eq!(certificate.version, 0);
        assert_eq!(ids.get(1), Some(&certificate.signature_algorithm.as_str()));
        assert_eq!(ids.get(3), Some(&certificate.public_key.as_str()));
    }

    #[test]
    fn host_certificates_valid_forever_signed_with_rsa_sha2_512() {
        let subject = "host certificate \"host-id\" for host.example.com,10.0.0.1";
        let mut expected = vec![
            format!("1 ssh-certificate | certificate {subject} | OpenSSH {subject}"),
            format!(
                "1 ssh-certificate-signature | algorithm RSA-PKCS1-1.5-SHA-512 (signature) | signature of {subject}"
            ),
        ];
        expected.extend(key_lines(
            "1 ssh-certificate-key",
            "ECDSA-P-384 (signature)",
            &public(384, ECDSA_SPKI, ECDSA_FP),
            &format!("public key of {subject}"),
        ));
        expected.extend(key_lines(
            "1 ssh-ca-key",
            "RSA-1024 (signature)",
            &public(1024, RSA_CA_SPKI, RSA_CA_FP),
            &format!("CA key of {subject}"),
        ));
        check("ssh_host_ecdsa_key-cert.pub", HOST_CERT, &strs(&expected));
        let out = run("ssh_host_ecdsa_key-cert.pub", HOST_CERT.as_bytes());
        let Some(AssetBody::Certificate(certificate)) = out.findings.first().map(|f| &f.asset.body)
        else {
            panic!("no certificate first");
        };
        assert_eq!(
            (certificate.not_before, certificate.not_after),
            (0, FOREVER)
        );
        assert_eq!(certificate.serial_hex, "0");
        assert_eq!(certificate.issuer, format!("CA ssh-rsa {RSA_CA_FP}"));
        assert_eq!(certificate.sha256, HOST_CERT_SHA256);
    }

    /// A FIDO key blob built from a real public key: type, key fields, application.
    fn fido_line(type_name: &str, fields: &[&[u8]], comment: &str) -> String {
        let mut blob = ssh_string(type_name.as_bytes());
        for field in fields {
            blob.extend(ssh_string(field));
        }
        blob.extend(ssh_string(b"ssh:"));
        format!("{type_name} {} {comment}\n", BASE64.encode(blob))
    }

    #[test]
    fn fido_keys_have_their_algorithm_and_say_fido() {
        let raw = BASE64
            .decode("AAAAC3NzaC1lZDI1NTE5AAAAILerfoRBxesYTFD2Vug7d+86/oag/NYl0TXpAGkFCkqD")
            .unwrap_or_default();
        let ed25519 = raw.get(19..).unwrap_or_default();
        let out = run(
            "id_ed25519_sk.pub",
            fido_line("sk-ssh-ed25519@openssh.com", &[ed25519], "yubikey").as_bytes(),
        );
        let lines: Vec<String> = out.findings.iter().map(summary).collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines.iter().all(|l| {
            l.ends_with("sk-ssh-ed25519@openssh.com FIDO key \"yubikey\" (application ssh:)")
        }));
        assert!(lines[0].contains("algorithm Ed25519 (signature)"));
        assert!(lines[1].contains(ED25519_SPKI), "same key as the plain one");

        // The P-256 point of a key `gpg --export-ssh-key` wrote; SPKI hash from
        // `ssh-keygen -e -m PKCS8 | openssl pkey -pubin -outform DER | sha256sum`.
        let raw = BASE64.decode("AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBJsAi6CZwxeMV9CKpkH1pvSQaEpoUpaj8MhJz+F6Muw8UmEZyvrlPOeu6lxHFnLnwK7LR5a82tchLwdElKglykI=").unwrap_or_default();
        let point = raw.get(39..).unwrap_or_default();
        let out = run(
            "id_ecdsa_sk.pub",
            fido_line(
                "sk-ecdsa-sha2-nistp256@openssh.com",
                &[b"nistp256", point],
                "token",
            )
            .as_bytes(),
        );
        let lines: Vec<String> = out.findings.iter().map(summary).collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[0].contains("algorithm ECDSA-P-256 (signature)"));
        assert!(lines[1].contains(
            "public-key key Some(256) bits, sha256 cde196f91741f09cdb7a1e64acccb2f6047754637d2c382d4ac7ca8aa7824690"
        ));
        assert!(lines[1].ends_with("FIDO key \"token\" (application ssh:)"));
    }

    #[test]
    fn unknown_key_types_are_unknown_algorithms_named_by_the_blob() {
        let mut blob = ssh_string(b"ssh-mldsa65@example.com");
        blob.extend(ssh_string(&[7u8; 40]));
        let line = format!("ssh-mldsa65@example.com {}\n", BASE64.encode(&blob));
        let out = run("k.pub", line.as_bytes());
        let lines: Vec<String> = out.findings.iter().map(summary).collect();
        assert_eq!(
            lines,
            [
                "1 ssh-public-key | algorithm ssh-mldsa65@example.com (signature) | ssh-mldsa65@example.com key".to_owned(),
                format!(
                    "1 ssh-public-key | public-key key None bits, public-blob-sha256 {} {} | ssh-mldsa65@example.com key",
                    spki::sha256_hex(&blob),
                    native_fingerprint(&blob)
                ),
            ]
        );
    }

    #[test]
    fn truncated_keys_are_diagnostics_not_panics() {
        let out = run(
            "authorized_keys",
            b"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILerfoRBxesYTFD2Vug7 cut\n",
        );
        assert!(out.findings.is_empty());
        let messages: Vec<_> = out
            .diagnostics
            .iter()
            .map(|d| (d.kind, d.message.as_str()))
            .collect();
        assert_eq!(
            messages,
            [(
                DiagnosticKind::Malformed,
                "ssh-ed25519 key at line 1: truncated public key"
            )]
        );

        // The first two lines of the encrypted key: the header and part of the public key.
        let cut: String = ENCRYPTED_PRIVATE
            .lines()
            .take(3)
            .map(|l| format!("{l}\n"))
            .collect();
        let text = format!("{cut}-----END OPENSSH PRIVATE KEY-----\n");
        let out = run("id_enc", text.as_bytes());
        assert!(out.findings.is_empty());
        let messages: Vec<_> = out
            .diagnostics
            .iter()
            .map(|d| (d.kind, d.message.as_str()))
            .collect();
        assert_eq!(
            messages,
            [(
                DiagnosticKind::Malformed,
                "OPENSSH PRIVATE KEY block at line 1: public key 1 is truncated"
            )]
        );
    }

    #[test]
    fn no_private_key_material_reaches_findings() {
        for pem in [ED25519_PRIVATE, ENCRYPTED_PRIVATE] {
            let out = run("key", pem.as_bytes());
            assert!(!out.findings.is_empty());
            let shown = format!("{:?}{:?}", out.findings, out.diagnostics);
            let body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
            let chars: Vec<char> = body.chars().collect();
            for window in chars.windows(17) {
                let piece: String = window.iter().collect();
                assert!(!shown.contains(&piece), "{piece} leaked");
            }
        }
    }

    #[test]
    fn option_fields_are_told_from_host_patterns() {
        assert_eq!(
            option_names("from=\"a, b\",no-pty").as_deref(),
            Some(&["from".to_owned(), "no-pty".to_owned()][..])
        );
        assert_eq!(option_names("github.com,192.0.2.1"), None);
        assert_eq!(option_names("[host]:2222"), None);
        assert_eq!(option_names("command=\"unterminated"), None);
        assert!(
            OPTION_FLAGS
                .windows(2)
                .all(|w| matches!(w, [a, b] if a < b))
        );
    }

    /// Runs the detector as if sniffing had found both SSH text and PEM armour.
    fn run_forced(bytes: &[u8]) -> Collected {
        let sniffed = Sniff {
            kind: crate::sniff::FileKind::Text,
            has_pem: true,
            is_text: true,
            has_ssh_key: true,
        };
        let input = Input::new("fuzz", bytes, sniffed);
        let context = Context {
            registry: registry(),
            scan_time: 0,
            keystore_passwords: &[],
        };
        let mut out = Collected::default();
        let mut sink = Sink {
            out: &mut out,
            detector: "ssh",
            location: "fuzz",
        };
        SshDetector.detect(&input, &context, &mut sink);
        out
    }

    mod properties {
        use proptest::prelude::*;

        use super::*;

        proptest! {
            #[test]
            fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
                run_forced(&bytes);
            }

            #[test]
            fn mangled_certificates_and_private_keys_never_panic(
                at in any::<usize>(),
                value in any::<u8>(),
                keep in any::<usize>(),
            ) {
                for (type_name, text) in [
                    ("ssh-ed25519-cert-v01@openssh.com", USER_CERT.split(' ').nth(1).unwrap_or_default()),
                    ("ecdsa-sha2-nistp384-cert-v01@openssh.com", HOST_CERT.split(' ').nth(1).unwrap_or_default()),
                ] {
                    let mut blob = BASE64.decode(text).unwrap_or_default();
                    let len = blob.len();
                    if let Some(b) = blob.get_mut(at % len) {
                        *b = value;
                    }
                    blob.truncate(keep % (len + 1));
                    run_forced(format!("{type_name} {}\n", BASE64.encode(&blob)).as_bytes());
                }
                let body: String = ENCRYPTED_PRIVATE.lines().filter(|l| !l.starts_with("-----")).collect();
                let mut blob = BASE64.decode(body).unwrap_or_default();
                let len = blob.len();
                if let Some(b) = blob.get_mut(at % len) {
                    *b = value;
                }
                blob.truncate(keep % (len + 1));
                let pem = format!(
                    "-----BEGIN OPENSSH PRIVATE KEY-----\n{}\n-----END OPENSSH PRIVATE KEY-----\n",
                    BASE64.encode(&blob)
                );
                run_forced(pem.as_bytes());
            }
        }
    }
}
