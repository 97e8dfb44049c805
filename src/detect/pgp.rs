//! OpenPGP keys in armoured blocks (`PGP PUBLIC KEY BLOCK`, `PGP PRIVATE KEY BLOCK`) and binary
//! keyrings.
//!
//! OpenPGP keys sign packages and repositories and encrypt backups and mail, and they live for
//! decades, which makes them a prime target for harvest-now-decrypt-later. A small packet walker over
//! RFC 9580 (with LibrePGP version 5 keys and the draft post-quantum algorithm identifiers) reads
//! every primary key and subkey. Keys are identified the way every other detector identifies them:
//! by the SHA-256 of the DER SubjectPublicKeyInfo of their public part, so an RSA key exported from
//! GnuPG and the same key in an X.509 certificate or an SSH `authorized_keys` are one asset; the
//! native v4/v5/v6 fingerprint is kept beside it. ElGamal and algorithms without a
//! SubjectPublicKeyInfo are identified by the hash of their OpenPGP public key material instead.
//!
//! Secret key packets are read only as far as their public part and the string-to-key parameters
//! that say how the secret is protected; the secret MPIs are never read.

use sha1::{Digest, Sha1};
use sha2::Sha256;

use super::spki::{self, KeyRole, oids};
use super::{Context, Detector, Input, Place, Sink};
use crate::der;
use crate::model::{
    Algorithm, Asset, DiagnosticKind, Key, KeyIdBasis, KeyKind, Primitive, Protection,
};
use crate::pem::PemError;
use crate::registry::Registry;
use crate::sniff::{FileKind, Sniff};

/// Armour labels of key blocks (`PGP SECRET KEY BLOCK` is what PGP 2 wrote).
const KEY_LABELS: [&str; 3] = [
    "PGP PUBLIC KEY BLOCK",
    "PGP PRIVATE KEY BLOCK",
    "PGP SECRET KEY BLOCK",
];

/// The key format recorded on every key this detector reports.
const FORMAT: &str = "OpenPGP";

/// Most packets read from one block or file.
const MAX_PACKETS: usize = 100_000;

/// Most signature subpackets read from one signature.
const MAX_SUBPACKETS: usize = 10_000;

/// Packet tags (RFC 9580 section 5).
mod tag {
    pub const SIGNATURE: u8 = 2;
    pub const SECRET_KEY: u8 = 5;
    pub const PUBLIC_KEY: u8 = 6;
    pub const SECRET_SUBKEY: u8 = 7;
    pub const USER_ID: u8 = 13;
    pub const PUBLIC_SUBKEY: u8 = 14;
}

/// The OpenPGP curve OID of Curve25519Legacy (ECDH over Curve25519, RFC 9580 9.2).
const CURVE25519_LEGACY: &str = "1.3.6.1.4.1.3029.1.5.1";

/// The OpenPGP curve OID of Ed25519Legacy (EdDSALegacy over Ed25519, RFC 9580 9.2).
const ED25519_LEGACY: &str = "1.3.6.1.4.1.11591.15.1";

/// Symmetric algorithm identifiers (RFC 9580 9.3) and the registry names of the ciphers.
const CIPHERS: [(u8, &str); 11] = [
    (1, "IDEA"),
    (2, "3DES-168"),
    (3, "CAST5"),
    (4, "Blowfish"),
    (7, "AES-128"),
    (8, "AES-192"),
    (9, "AES-256"),
    (10, "Twofish-256"),
    (11, "CAMELLIA-128"),
    (12, "CAMELLIA-192"),
    (13, "CAMELLIA-256"),
];

/// Hash algorithm identifiers (RFC 9580 9.5) and the registry names of the hashes.
const HASHES: [(u8, &str); 9] = [
    (1, "MD5"),
    (2, "SHA-1"),
    (3, "RIPEMD-160"),
    (8, "SHA-256"),
    (9, "SHA-384"),
    (10, "SHA-512"),
    (11, "SHA-224"),
    (12, "SHA3-256"),
    (14, "SHA3-512"),
];

/// AEAD algorithm identifiers (RFC 9580 9.6) and the mode names.
const AEAD_MODES: [(u8, &str); 3] = [(1, "EAX"), (2, "OCB"), (3, "GCM")];

/// Public-key algorithms with raw, fixed-length keys (RFC 9580 9.1 and draft-ietf-openpgp-pqc):
/// identifier, public key length, and how the key is named.
const FIXED_KEYS: [(u8, usize, FixedKey); 11] = [
    (25, 32, FixedKey::Spki(oids::X25519)),
    (26, 56, FixedKey::Spki(oids::X448)),
    (27, 32, FixedKey::Spki(oids::ED25519)),
    (28, 57, FixedKey::Spki(oids::ED448)),
    // ML-DSA-65+Ed25519 and ML-DSA-87+Ed448: the EdDSA key, then the ML-DSA key.
    (30, 32 + 1952, FixedKey::Composite(Primitive::Signature)),
    (31, 57 + 2592, FixedKey::Composite(Primitive::Signature)),
    (32, 32, FixedKey::Registry("SLH-DSA-SHAKE-128s")),
    (33, 32, FixedKey::Registry("SLH-DSA-SHAKE-128f")),
    (34, 64, FixedKey::Registry("SLH-DSA-SHAKE-256s")),
    // ML-KEM-768+X25519 and ML-KEM-1024+X448: the ECDH key, then the ML-KEM key.
    (35, 32 + 1184, FixedKey::Composite(Primitive::Kem)),
    (36, 56 + 1568, FixedKey::Composite(Primitive::Kem)),
];

/// How a fixed-length key is named.
#[derive(Clone, Copy)]
enum FixedKey {
    /// Through the SubjectPublicKeyInfo with this algorithm OID.
    Spki(&'static str),
    /// Through the registry entry of this name (and its OID, when it has one).
    Registry(&'static str),
    /// An OpenPGP composite the registry has no entry for, in this role.
    Composite(Primitive),
}

/// The OpenPGP detector.
pub struct PgpDetector;

impl Detector for PgpDetector {
    fn id(&self) -> &'static str {
        "pgp"
    }

    fn wants(&self, sniff: &Sniff) -> bool {
        sniff.kind == FileKind::OpenPgp || sniff.has_pem
    }

    fn detect(&self, input: &Input<'_>, context: &Context<'_>, sink: &mut Sink<'_>) {
        for block in input.pem_blocks() {
            if !KEY_LABELS.contains(&block.label) {
                continue;
            }
            let origin = Origin::Armour {
                label: block.label,
                line: block.line,
                offset: block.offset,
            };
            match &block.body {
                Ok(body) => Walker::new(context.registry, sink, origin).walk(body),
                // A marker quoted in prose or code is not a key, nor a broken one.
                Err(PemError::NoBody) => {}
                Err(problem) => sink.diagnostic(
                    DiagnosticKind::Malformed,
                    format!("{} at line {}: {problem}", block.label, block.line),
                ),
            }
        }
        if input.sniff.kind == FileKind::OpenPgp {
            Walker::new(context.registry, sink, Origin::Binary).walk(input.bytes);
        }
    }
}

/// A checked reader of OpenPGP packet bodies.
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

    fn u8(&mut self) -> Option<u8> {
        self.take(1)?.first().copied()
    }

    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_be_bytes(self.take(2)?.try_into().ok()?))
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_be_bytes(self.take(4)?.try_into().ok()?))
    }

    /// A multiprecision integer: a two-octet bit count and the octets it needs (RFC 9580 3.2).
    fn mpi(&mut self) -> Option<&'a [u8]> {
        let bits = usize::from(self.u16()?);
        self.take(bits.div_ceil(8))
    }

    /// A curve OID as OpenPGP writes it: a length octet and the DER content without tag.
    fn curve_oid(&mut self) -> Result<String, Problem> {
        let len = self.u8().ok_or(TRUNCATED)?;
        if len == 0 || len == 0xff {
            return Err(Problem::Malformed("reserved curve OID length"));
        }
        let body = self.take(usize::from(len)).ok_or(TRUNCATED)?;
        der::oid_string(body).ok_or(Problem::Malformed("unreadable curve OID"))
    }

    fn remaining(&self) -> usize {
        self.rest.len()
    }
}

/// Why a packet could not be read.
#[derive(Debug, PartialEq, Eq)]
enum Problem {
    /// The packet is broken.
    Malformed(&'static str),
    /// The packet is valid as far as can be told but not something this detector reads.
    Unsupported(String),
}

const TRUNCATED: Problem = Problem::Malformed("truncated key packet");

/// One packet: its tag, where it starts, and its body (empty for partial-length bodies, which are
/// skipped, not read).
struct Packet<'a> {
    tag: u8,
    offset: usize,
    body: &'a [u8],
}

/// Reads the packet at `offset`; returns it and the offset of the next one (RFC 9580 4.2).
fn read_packet(data: &[u8], offset: usize) -> Result<(Packet<'_>, usize), &'static str> {
    const PAST_END: &str = "packet runs past the end of the data";
    let mut r = Reader::new(data.get(offset..).ok_or(PAST_END)?);
    let first = r.u8().ok_or(PAST_END)?;
    if first & 0x80 == 0 {
        return Err("not an OpenPGP packet header");
    }
    let (tag, length) = if first & 0x40 != 0 {
        let tag = first & 0x3f;
        let octet = r.u8().ok_or(PAST_END)?;
        match octet {
            0..=191 => (tag, usize::from(octet)),
            192..=223 => {
                let second = r.u8().ok_or(PAST_END)?;
                (
                    tag,
                    (usize::from(octet - 192) << 8) + usize::from(second) + 192,
                )
            }
            255 => (
                tag,
                usize::try_from(r.u32().ok_or(PAST_END)?).map_err(|_| PAST_END)?,
            ),
            _ => {
                // Partial body lengths are only allowed for data packets; skip their chunks.
                if matches!(
                    tag,
                    tag::SIGNATURE
                        | tag::SECRET_KEY
                        | tag::PUBLIC_KEY
                        | tag::SECRET_SUBKEY
                        | tag::USER_ID
                        | tag::PUBLIC_SUBKEY
                ) {
                    return Err("partial body length on a packet that may not have one");
                }
                let mut chunk = 1usize << (octet & 0x1f);
                loop {
                    r.take(chunk).ok_or(PAST_END)?;
                    let next = r.u8().ok_or(PAST_END)?;
                    match next {
                        0..=191 => chunk = usize::from(next),
                        192..=223 => {
                            let second = r.u8().ok_or(PAST_END)?;
                            chunk = (usize::from(next - 192) << 8) + usize::from(second) + 192;
                        }
                        255 => {
                            chunk =
                                usize::try_from(r.u32().ok_or(PAST_END)?).map_err(|_| PAST_END)?;
                        }
                        _ => {
                            chunk = 1usize << (next & 0x1f);
                            continue;
                        }
                    }
                    r.take(chunk).ok_or(PAST_END)?;
                    let next_offset = data.len() - r.remaining();
                    let packet = Packet {
                        tag,
                        offset,
                        body: &[],
                    };
                    return Ok((packet, next_offset));
                }
            }
        }
    } else {
        let tag = (first >> 2) & 0x0f;
        let length = match first & 0x03 {
            0 => usize::from(r.u8().ok_or(PAST_END)?),
            1 => usize::from(r.u16().ok_or(PAST_END)?),
            2 => usize::try_from(r.u32().ok_or(PAST_END)?).map_err(|_| PAST_END)?,
            // Indeterminate length: to the end of the data.
            _ => r.remaining(),
        };
        (tag, length)
    };
    let body = r.take(length).ok_or(PAST_END)?;
    let next_offset = data.len() - r.remaining();
    Ok((Packet { tag, offset, body }, next_offset))
}

/// What a key's public material converts to.
enum Material {
    /// A SubjectPublicKeyInfo, with the role the algorithm fixes (`None` for RSA, whose role
    /// depends on the key flags).
    Spki { der: Vec<u8>, role: Option<KeyRole> },
    /// No SubjectPublicKeyInfo: the algorithm, its size, and the hash of the algorithm octet and
    /// the public key material.
    Blob {
        algorithm: Box<Algorithm>,
        size_bits: Option<u32>,
        sha256: String,
    },
}

/// What a key packet says about its secret.
enum Secret {
    /// A public key packet.
    NotPresent,
    /// Secret key material in the clear.
    Clear,
    /// Secret key material encrypted with a passphrase: the cipher, the string-to-key hash or KDF,
    /// and a description.
    Protected {
        cipher: Box<Algorithm>,
        parts: Vec<Algorithm>,
        description: String,
    },
    /// A GnuPG stub without secret key material.
    Stub(&'static str),
}

/// A key packet, read.
struct KeyPacket {
    material: Material,
    /// The v4 (SHA-1) or v5/v6 (SHA-256) fingerprint, uppercase hex.
    fingerprint: Option<String>,
    secret: Secret,
}

/// Reads the public key material of `algorithm` from `data`; returns it and how many octets it
/// took. `whole` says the material is known to span `data` (public packets and v5/v6 keys), which
/// lets unknown algorithms be read.
fn read_material(
    registry: &Registry,
    algorithm: u8,
    data: &[u8],
    whole: bool,
) -> Result<(Material, usize), Problem> {
    let mut r = Reader::new(data);
    let spki = |der: Option<Vec<u8>>, role| {
        der.map(|der| Material::Spki { der, role })
            .ok_or(Problem::Malformed("unusable public key"))
    };
    let material = match algorithm {
        // RSA: n, e. Algorithms 2 and 3 are the deprecated encrypt-only and sign-only variants.
        1..=3 => {
            let n = r.mpi().ok_or(TRUNCATED)?;
            let e = r.mpi().ok_or(TRUNCATED)?;
            let role = match algorithm {
                2 => Some(KeyRole::KeyEstablishment),
                3 => Some(KeyRole::Signature),
                _ => None,
            };
            spki(Some(spki::rsa_spki(n, e)), role)?
        }
        // ElGamal (encrypt-only, and the withdrawn encrypt-or-sign variant): p, g, y.
        16 | 20 => {
            let p = r.mpi().ok_or(TRUNCATED)?;
            r.mpi().ok_or(TRUNCATED)?;
            r.mpi().ok_or(TRUNCATED)?;
            let bits = der::unsigned_bits(p);
            let algorithm_name = registry.by_name("ElGamal").map_or_else(
                || registry.unknown_name("ElGamal", Primitive::Pke),
                |definition| definition.with_modulus(Some(bits)),
            );
            blob(algorithm, data, &r, algorithm_name, Some(bits))
        }
        17 => {
            let p = r.mpi().ok_or(TRUNCATED)?;
            let q = r.mpi().ok_or(TRUNCATED)?;
            let g = r.mpi().ok_or(TRUNCATED)?;
            let y = r.mpi().ok_or(TRUNCATED)?;
            spki(super::spki::dsa_spki(p, q, g, y), Some(KeyRole::Signature))?
        }
        // ECDH: curve, point, then the KDF parameters (hash and key wrap algorithm).
        18 => {
            let curve = r.curve_oid()?;
            let point = r.mpi().ok_or(TRUNCATED)?;
            let kdf_len = r.u8().ok_or(TRUNCATED)?;
            r.take(usize::from(kdf_len)).ok_or(TRUNCATED)?;
            let der = if curve == CURVE25519_LEGACY {
                let raw = point
                    .strip_prefix(&[0x40])
                    .filter(|raw| raw.len() == 32)
                    .ok_or(Problem::Malformed("bad Curve25519 point"))?;
                spki::build_spki(oids::X25519, None, raw)
            } else {
                spki::ec_spki(&curve, point)
            };
            spki(der, Some(KeyRole::KeyEstablishment))?
        }
        19 => {
            let curve = r.curve_oid()?;
            let point = r.mpi().ok_or(TRUNCATED)?;
            spki(spki::ec_spki(&curve, point), Some(KeyRole::Signature))?
        }
        // EdDSALegacy: curve and a native point with a 0x40 prefix.
        22 => {
            let curve = r.curve_oid()?;
            let point = r.mpi().ok_or(TRUNCATED)?;
            let native = |len: usize| {
                let raw = if point.len() == len + 1 {
                    point.strip_prefix(&[0x40])
                } else {
                    Some(point)
                };
                raw.filter(|raw| raw.len() == len)
                    .ok_or(Problem::Malformed("bad EdDSA point"))
            };
            match curve.as_str() {
                ED25519_LEGACY => spki(
                    spki::build_spki(oids::ED25519, None, native(32)?),
                    Some(KeyRole::Signature),
                )?,
                oids::ED448 => spki(
                    spki::build_spki(oids::ED448, None, native(57)?),
                    Some(KeyRole::Signature),
                )?,
                _ => {
                    let algorithm_name = registry.by_name("EdDSA").map_or_else(
                        || registry.unknown_name("EdDSA", Primitive::Signature),
                        |definition| definition.on_unknown_curve(&curve),
                    );
                    blob(algorithm, data, &r, algorithm_name, None)
                }
            }
        }
        _ => match FIXED_KEYS.iter().find(|(id, _, _)| *id == algorithm) {
            Some((_, len, how)) => {
                let raw = r.take(*len).ok_or(TRUNCATED)?;
                match how {
                    FixedKey::Spki(oid) => spki(
                        spki::build_spki(oid, None, raw),
                        (*oid == oids::X25519 || *oid == oids::X448)
                            .then_some(KeyRole::KeyEstablishment),
                    )?,
                    FixedKey::Registry(name) => match registry.by_name(name) {
                        Some(definition) => match definition.oids().first() {
                            Some(oid) => {
                                spki(spki::build_spki(oid, None, raw), Some(KeyRole::Signature))?
                            }
                            None => blob(algorithm, data, &r, definition.algorithm(), None),
                        },
                        None => blob(
                            algorithm,
                            data,
                            &r,
                            registry.unknown_name(name, Primitive::Signature),
                            None,
                        ),
                    },
                    FixedKey::Composite(primitive) => blob(
                        algorithm,
                        data,
                        &r,
                        registry.unknown_name(&unknown_name(algorithm), *primitive),
                        None,
                    ),
                }
            }
            None if whole => {
                r.take(r.remaining());
                blob(
                    algorithm,
                    data,
                    &r,
                    registry.unknown_name(&unknown_name(algorithm), Primitive::Unknown),
                    None,
                )
            }
            None => {
                return Err(Problem::Unsupported(format!(
                    "secret key packet of unknown public-key algorithm {algorithm}: its public \
                     part cannot be told from its secret part"
                )));
            }
        },
    };
    Ok((material, data.len() - r.remaining()))
}

/// How an algorithm without a registry entry is named.
fn unknown_name(algorithm: u8) -> String {
    format!("OpenPGP public-key algorithm {algorithm}")
}

/// Material identified by the hash of the algorithm octet and the public key material read so far.
fn blob(
    algorithm_id: u8,
    data: &[u8],
    after: &Reader<'_>,
    algorithm: Algorithm,
    size_bits: Option<u32>,
) -> Material {
    let material = data
        .get(..data.len() - after.remaining())
        .unwrap_or_default();
    let mut hasher = Sha256::new();
    hasher.update([algorithm_id]);
    hasher.update(material);
    Material::Blob {
        algorithm: Box::new(algorithm),
        size_bits,
        sha256: hex::encode(hasher.finalize()),
    }
}

/// Reads a key packet (RFC 9580 5.5.2 and 5.5.3; LibrePGP version 5; version 3 RSA keys). The
/// secret part of a secret key packet is read only up to its string-to-key parameters.
fn read_key_packet(
    registry: &Registry,
    body: &[u8],
    secret_packet: bool,
) -> Result<KeyPacket, Problem> {
    let mut r = Reader::new(body);
    let version = r.u8().ok_or(TRUNCATED)?;
    // Creation time, and for version 3 the validity period in days.
    let fixed = match version {
        3 => 6,
        4..=6 => 4,
        other => return Err(Problem::Unsupported(format!("key packet version {other}"))),
    };
    r.take(fixed).ok_or(TRUNCATED)?;
    let algorithm = r.u8().ok_or(TRUNCATED)?;
    let declared = if version >= 5 {
        Some(usize::try_from(r.u32().ok_or(TRUNCATED)?).map_err(|_| TRUNCATED)?)
    } else {
        None
    };
    let start = body.len() - r.remaining();
    let (data, whole) = match declared {
        Some(len) => (r.take(len).ok_or(TRUNCATED)?, true),
        None => (r.rest, !secret_packet),
    };
    let (material, consumed) = read_material(registry, algorithm, data, whole)?;
    let public_len = start
        + if declared.is_some() {
            data.len()
        } else {
            consumed
        };
    // A public key packet's fingerprint covers its whole body; a secret key packet's its public
    // part.
    let public = if secret_packet {
        body.get(..public_len).ok_or(TRUNCATED)?
    } else {
        body
    };
    let secret = if secret_packet {
        read_secret(
            registry,
            version,
            body.get(public_len..).unwrap_or_default(),
        )?
    } else {
        Secret::NotPresent
    };
    Ok(KeyPacket {
        material,
        fingerprint: fingerprint(version, public),
        secret,
    })
}

/// The native fingerprint of a key whose public key packet body is `public` (RFC 9580 5.5.4).
fn fingerprint(version: u8, public: &[u8]) -> Option<String> {
    let digest = match version {
        4 => {
            let len = u16::try_from(public.len()).ok()?;
            let mut hasher = Sha1::new();
            hasher.update([0x99]);
            hasher.update(len.to_be_bytes());
            hasher.update(public);
            hasher.finalize().to_vec()
        }
        5 | 6 => {
            let len = u32::try_from(public.len()).ok()?;
            let mut hasher = Sha256::new();
            hasher.update([if version == 5 { 0x9a } else { 0x9b }]);
            hasher.update(len.to_be_bytes());
            hasher.update(public);
            hasher.finalize().to_vec()
        }
        // Version 3 fingerprints are MD5 over the RSA numbers; not computed.
        _ => return None,
    };
    Some(hex::encode_upper(digest))
}

/// A string-to-key specifier (RFC 9580 3.7), without its salt.
enum S2k {
    Simple(u8),
    Salted(u8),
    Iterated(u8, u64),
    Argon2 {
        passes: u8,
        parallelism: u8,
        memory: u8,
    },
    /// GnuPG's extension 101: no secret (1, gnu-dummy) or a secret on a smartcard (2).
    Gnu(u8),
    Unknown(u8),
}

fn read_s2k(r: &mut Reader<'_>) -> Option<S2k> {
    let kind = r.u8()?;
    Some(match kind {
        0 => S2k::Simple(r.u8()?),
        1 => {
            let hash = r.u8()?;
            r.take(8)?;
            S2k::Salted(hash)
        }
        3 => {
            let hash = r.u8()?;
            r.take(8)?;
            let coded = r.u8()?;
            let count = (16 + u64::from(coded & 15)) << ((coded >> 4) + 6);
            S2k::Iterated(hash, count)
        }
        4 => {
            r.take(16)?;
            S2k::Argon2 {
                passes: r.u8()?,
                parallelism: r.u8()?,
                memory: r.u8()?,
            }
        }
        101 => {
            r.u8()?;
            if r.take(3)? != b"GNU" {
                return Some(S2k::Unknown(kind));
            }
            S2k::Gnu(r.u8()?)
        }
        other => S2k::Unknown(other),
    })
}

/// Looks up a registry entry by one of several names, in order.
fn first_known(registry: &Registry, names: &[String]) -> Option<Algorithm> {
    names
        .iter()
        .find_map(|name| registry.by_name(name))
        .map(|definition| definition.algorithm())
}

/// The cipher of a protected key in its mode (`AES-128-CFB128`), or the bare cipher when the
/// registry has no entry for that mode.
fn cipher(registry: &Registry, id: u8, mode: &str) -> (Algorithm, String) {
    match CIPHERS.iter().find(|(i, _)| *i == id) {
        Some((_, base)) => {
            let algorithm = first_known(registry, &[format!("{base}-{mode}"), (*base).to_owned()])
                .unwrap_or_else(|| registry.unknown_name(base, Primitive::BlockCipher));
            (algorithm, (*base).to_owned())
        }
        None => {
            let name = format!("OpenPGP symmetric algorithm {id}");
            (registry.unknown_name(&name, Primitive::BlockCipher), name)
        }
    }
}

/// The hash a string-to-key specifier uses.
fn hash(registry: &Registry, id: u8) -> (Algorithm, String) {
    let name = HASHES.iter().find(|(i, _)| *i == id).map_or_else(
        || format!("OpenPGP hash algorithm {id}"),
        |(_, n)| (*n).to_owned(),
    );
    let algorithm = registry.by_name(&name).map_or_else(
        || registry.unknown_name(&name, Primitive::Hash),
        |d| d.algorithm(),
    );
    (algorithm, name)
}

/// Reads the string-to-key usage and parameters of a secret key packet (RFC 9580 5.5.3), stopping
/// before the IV and the secret material.
fn read_secret(registry: &Registry, version: u8, data: &[u8]) -> Result<Secret, Problem> {
    const TRUNCATED_S2K: Problem = Problem::Malformed("truncated string-to-key parameters");
    let mut r = Reader::new(data);
    let usage = r.u8().ok_or(TRUNCATED_S2K)?;
    // Version 6 counts the optional fields when there are some; LibrePGP version 5 always does.
    if (version == 6 && usage != 0) || version == 5 {
        r.u8().ok_or(TRUNCATED_S2K)?;
    }
    let (symmetric, mode, s2k) = match usage {
        0 => return Ok(Secret::Clear),
        253..=255 => {
            let symmetric = r.u8().ok_or(TRUNCATED_S2K)?;
            let mode = if usage == 253 {
                let aead = r.u8().ok_or(TRUNCATED_S2K)?;
                AEAD_MODES.iter().find(|(i, _)| *i == aead).map_or_else(
                    || format!("AEAD algorithm {aead}"),
                    |(_, m)| (*m).to_owned(),
                )
            } else {
                "CFB".to_owned()
            };
            if version == 6 && usage != 255 {
                r.u8().ok_or(TRUNCATED_S2K)?;
            }
            let s2k = read_s2k(&mut r).ok_or(TRUNCATED_S2K)?;
            (symmetric, mode, s2k)
        }
        // Any other value names the cipher; the key is the MD5 of the passphrase.
        legacy => (legacy, "CFB".to_owned(), S2k::Simple(1)),
    };
    let (kdf, parts) = match s2k {
        S2k::Gnu(1) => return Ok(Secret::Stub("no secret key material: gnu-dummy stub")),
        S2k::Gnu(2) => return Ok(Secret::Stub("secret key on a smartcard")),
        S2k::Gnu(other) => {
            return Err(Problem::Unsupported(format!(
                "GnuPG string-to-key extension mode {other}"
            )));
        }
        S2k::Simple(id) | S2k::Salted(id) | S2k::Iterated(id, _) => {
            let (algorithm, name) = hash(registry, id);
            let kdf = match s2k {
                S2k::Iterated(_, count) => format!("iterated+salted {name} ({count} octets)"),
                S2k::Salted(_) => format!("salted {name}"),
                _ if (1..253).contains(&usage) => format!("legacy simple {name}"),
                _ => format!("simple {name}"),
            };
            (kdf, vec![algorithm])
        }
        S2k::Argon2 {
            passes,
            parallelism,
            memory,
        } => {
            let algorithm = registry.by_name("Argon2id").map_or_else(
                || registry.unknown_name("Argon2id", Primitive::Kdf),
                |d| d.algorithm(),
            );
            (
                format!("Argon2 (t={passes}, p={parallelism}, m=2^{memory} KiB)"),
                vec![algorithm],
            )
        }
        S2k::Unknown(kind) => (format!("type {kind}"), Vec::new()),
    };
    let (cipher_algorithm, cipher_name) = cipher(registry, symmetric, &mode);
    let mode = if usage == 255 {
        "CFB (malleable, 2-octet checksum)".to_owned()
    } else {
        mode
    };
    Ok(Secret::Protected {
        cipher: Box::new(cipher_algorithm),
        parts,
        description: format!("OpenPGP S2K {kdf}, {cipher_name} {mode}"),
    })
}

/// The key flags of a self-signature (RFC 9580 5.2.3.29) and the signature type.
fn key_flags(body: &[u8]) -> Option<(u8, u8)> {
    let mut r = Reader::new(body);
    let version = r.u8()?;
    let signature_type = r.u8()?;
    r.take(2)?; // public-key and hash algorithms
    let hashed_len = match version {
        4 | 5 => usize::from(r.u16()?),
        6 => usize::try_from(r.u32()?).ok()?,
        _ => return None,
    };
    let mut subpackets = Reader::new(r.take(hashed_len)?);
    for _ in 0..MAX_SUBPACKETS {
        let first = subpackets.u8()?;
        let len = match first {
            0..=191 => usize::from(first),
            192..=254 => (usize::from(first - 192) << 8) + usize::from(subpackets.u8()?) + 192,
            255 => usize::try_from(subpackets.u32()?).ok()?,
        };
        let subpacket = subpackets.take(len)?;
        if subpacket.first().map(|t| t & 0x7f) == Some(27) {
            return Some((signature_type, *subpacket.get(1)?));
        }
    }
    None
}

/// The role key flags give a key: encryption flags make it a key-establishment key, signing,
/// certifying or authentication flags a signature key.
fn role_from_flags(flags: Option<u8>) -> KeyRole {
    match flags {
        Some(f) if f & 0x0c != 0 => KeyRole::KeyEstablishment,
        Some(f) if f & 0x23 != 0 => KeyRole::Signature,
        _ => KeyRole::Unspecified,
    }
}

/// Where the packets being walked come from.
enum Origin<'a> {
    /// An armoured block: its label, BEGIN line and offset.
    Armour {
        label: &'a str,
        line: u32,
        offset: usize,
    },
    /// A binary file.
    Binary,
}

/// A key read but not yet reported: its user ID and key flags may follow it.
struct PendingKey {
    offset: usize,
    primary: bool,
    kind: KeyKind,
    packet: KeyPacket,
    flags: Option<u8>,
}

/// Walks the packets of one block or file, reporting each transferable key when it ends.
struct Walker<'r, 's, 'k, 'o> {
    registry: &'r Registry,
    sink: &'s mut Sink<'k>,
    origin: Origin<'o>,
    pending: Vec<PendingKey>,
    user_id: Option<String>,
}

impl<'r, 's, 'k, 'o> Walker<'r, 's, 'k, 'o> {
    fn new(registry: &'r Registry, sink: &'s mut Sink<'k>, origin: Origin<'o>) -> Self {
        Walker {
            registry,
            sink,
            origin,
            pending: Vec::new(),
            user_id: None,
        }
    }

    fn walk(mut self, data: &[u8]) {
        let mut offset = 0usize;
        let mut count = 0usize;
        while offset < data.len() {
            if count == MAX_PACKETS {
                self.problem(
                    offset,
                    Problem::Unsupported(format!(
                        "more than {MAX_PACKETS} packets; the rest is not read"
                    )),
                );
                break;
            }
            count += 1;
            match read_packet(data, offset) {
                Ok((packet, next)) => {
                    self.packet(&packet);
                    offset = next;
                }
                Err(problem) => {
                    self.problem(offset, Problem::Malformed(problem));
                    break;
                }
            }
        }
        self.flush();
    }

    fn packet(&mut self, packet: &Packet<'_>) {
        match packet.tag {
            tag::PUBLIC_KEY | tag::SECRET_KEY => {
                self.flush();
                self.key(packet, true);
            }
            tag::PUBLIC_SUBKEY | tag::SECRET_SUBKEY => self.key(packet, false),
            tag::USER_ID => {
                let before_subkeys = self.pending.len() <= 1;
                if self.user_id.is_none() && before_subkeys {
                    self.user_id = Some(super::clean_text(packet.body));
                }
            }
            tag::SIGNATURE => {
                let Some((signature_type, flags)) = key_flags(packet.body) else {
                    return;
                };
                let target = match signature_type {
                    // Certifications of a user ID and direct-key signatures: the primary key.
                    0x10..=0x13 | 0x1f => self.pending.first_mut().filter(|k| k.primary),
                    // Subkey binding: the subkey just read.
                    0x18 => self.pending.last_mut().filter(|k| !k.primary),
                    _ => None,
                };
                if let Some(key) = target {
                    key.flags = Some(flags);
                }
            }
            _ => {}
        }
    }

    fn key(&mut self, packet: &Packet<'_>, primary: bool) {
        let secret_packet = matches!(packet.tag, tag::SECRET_KEY | tag::SECRET_SUBKEY);
        match read_key_packet(self.registry, packet.body, secret_packet) {
            Ok(key_packet) => self.pending.push(PendingKey {
                offset: packet.offset,
                primary,
                kind: if secret_packet {
                    KeyKind::Private
                } else {
                    KeyKind::Public
                },
                packet: key_packet,
                flags: None,
            }),
            Err(problem) => self.problem(packet.offset, problem),
        }
    }

    fn problem(&mut self, offset: usize, problem: Problem) {
        let (kind, message) = match problem {
            Problem::Malformed(message) => (DiagnosticKind::Malformed, message.to_owned()),
            Problem::Unsupported(message) => (DiagnosticKind::Unsupported, message),
        };
        let message = match &self.origin {
            Origin::Armour { label, line, .. } => {
                format!("{label} at line {line}: packet at offset {offset}: {message}")
            }
            Origin::Binary => format!("OpenPGP packet at offset {offset}: {message}"),
        };
        self.sink.diagnostic(kind, message);
    }

    /// Reports the keys of the transferable key just read.
    fn flush(&mut self) {
        // Keys are named by the first user ID, or without one by the primary key's fingerprint.
        let name = self.user_id.take().unwrap_or_else(|| {
            let primary = self
                .pending
                .first()
                .filter(|k| k.primary)
                .and_then(|k| k.packet.fingerprint.as_deref());
            match primary {
                Some(fingerprint) => format!("OpenPGP key {fingerprint}"),
                None => "OpenPGP key without user ID".to_owned(),
            }
        });
        for pending in std::mem::take(&mut self.pending) {
            self.report(pending, &name);
        }
    }

    fn report(&mut self, pending: PendingKey, name: &str) {
        let registry = self.registry;
        let described = match pending.packet.material {
            Material::Spki { der, role } => {
                let role = role.unwrap_or_else(|| role_from_flags(pending.flags));
                spki::describe_spki(registry, &der, role)
                    .map(|facts| facts.into_key(pending.kind, FORMAT))
            }
            Material::Blob {
                algorithm,
                size_bits,
                sha256,
            } => {
                let algorithm = Asset::algorithm(*algorithm);
                let key = Key {
                    kind: pending.kind,
                    algorithm: Some(algorithm.id.clone()),
                    size_bits,
                    format: FORMAT.to_owned(),
                    id_basis: KeyIdBasis::PublicBlob,
                    fingerprint: sha256,
                    native_fingerprint: None,
                    protection: None,
                    rsa: None,
                    weaknesses: Vec::new(),
                };
                Some((algorithm, key))
            }
        };
        let Some((algorithm, mut key)) = described else {
            self.problem(
                pending.offset,
                Problem::Malformed("public key does not convert"),
            );
            return;
        };
        key.native_fingerprint = pending.packet.fingerprint;
        let mut protection_assets = Vec::new();
        let context = match pending.packet.secret {
            Secret::NotPresent => name.to_owned(),
            Secret::Clear => format!("{name} (secret key, not encrypted)"),
            Secret::Stub(what) => format!("{name} ({what})"),
            Secret::Protected {
                cipher,
                parts,
                description,
            } => {
                let cipher = Asset::algorithm(*cipher);
                let parts: Vec<Asset> = parts.into_iter().map(Asset::algorithm).collect();
                key.protection = Some(Protection {
                    scheme: cipher.id.clone(),
                    parts: parts.iter().map(|p| p.id.clone()).collect(),
                    description,
                });
                protection_assets.push(cipher);
                protection_assets.extend(parts);
                format!("{name} (secret key, encrypted)")
            }
        };
        let (line, offset) = match &self.origin {
            Origin::Armour { line, offset, .. } => (Some(*line), *offset),
            Origin::Binary => (None, pending.offset),
        };
        let place = Place {
            line,
            column: None,
            offset: u64::try_from(offset).ok(),
            symbol: Some(
                if pending.primary {
                    "pgp-primary-key"
                } else {
                    "pgp-subkey"
                }
                .to_owned(),
            ),
            context: Some(super::clean_text(context.as_bytes())),
            rule: None,
            provided: false,
        };
        if let Some(protection) = &key.protection {
            let mut at = place.clone();
            at.context = Some(super::clean_text(
                format!("protection: {}", protection.description).as_bytes(),
            ));
            for asset in protection_assets {
                self.sink.found(asset, at.clone());
            }
        }
        self.sink.found(algorithm, place.clone());
        self.sink.found(Asset::key(key), place);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::Collected;
    use crate::model::{AssetBody, Finding};

    use crate::detect::testing::registry;

    fn run(location: &str, bytes: &[u8]) -> Collected {
        crate::detect::testing::run(&PgpDetector, location, bytes)
    }

    fn summary(finding: &Finding) -> String {
        let what = match &finding.asset.body {
            AssetBody::Algorithm(a) => format!("algorithm {} ({})", a.name, a.primitive.as_str()),
            AssetBody::Key(k) => format!(
                "{} {:?} {} {} {}",
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
            "{:?}@{} {} | {} | {}",
            finding.occurrence.line,
            finding.occurrence.offset.unwrap_or_default(),
            finding.occurrence.symbol.as_deref().unwrap_or("-"),
            what,
            finding.occurrence.context.as_deref().unwrap_or("-"),
        )
    }

    fn check(location: &str, input: &[u8], expected: &[&str]) {
        let out = run(location, input);
        let actual: Vec<String> = out.findings.iter().map(summary).collect();
        assert_eq!(actual, expected, "\n{}", actual.join("\n"));
        assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
    }

    // Made with GnuPG 2.2.40 in a throwaway home (`--quick-gen-key` and `--quick-add-key`):
    // native fingerprints are what `gpg --with-colons --fingerprint --with-subkey-fingerprint`
    // prints. SPKI hashes: RSA, ECDSA P-256 and Ed25519 primaries and the RSA subkey from
    // `gpg --export-ssh-key FPR! | ssh-keygen -e -m PKCS8 | openssl pkey -pubin -outform DER |
    // sha256sum` (Ed25519 as in the SSH tests); ECDH and X25519 subkeys from the packet's point with
    // the fixed SPKI prefix; DSA from p, q, g, y built into DER with `openssl asn1parse -genconf`
    // and checked with `openssl pkey`.
    const RSA_ASC: &str = "-----BEGIN PGP PUBLIC KEY BLOCK-----

mQENBGsHVEwBCAC1FGddPgWXt7JQa+sxIYO06waltbFyr7nTQa4mwYdLjiha85HY
ePMM9Dvaoe2FBxN17mityy7RmJUlIlcTK36TwWJ4kSUCMosXtuHbpRnsDU8golmC
bWYME5f1nw8OFbE4ImmgpKw06FTBpmrGRCaOefpDQYXgPqk1Ic9CIjEYtM97AaMG
SE/5R1AGsvEeAzTId1ByrvV2W2UXV4NrP2gqElh29DvJMpl9sSH8UoUcBtz3LfxV
yk8B16ufKjRfaX4jyj1ALwrVxc5ccrFSg+A4dgE0dsT3oUq7CS9Cufk5w837JOUU
SfjxeG4xgQ6nAVp32TROnH37fXCtCojn43MdABEBAAG0IlJTQSBGaXh0dXJlIDxy
c2FAY3J5cHRvc2NvcGUudGVzdD6JAU4EEwEKADgWIQTWbY2RXrNAMszK+utcNEaN
0M8YfAUCawdUTAIbAwULCQgHAgYVCgkICwIEFgIDAQIeAQIXgAAKCRBcNEaN0M8Y
fJW6B/9ryHvbJrsM2Ax/pWlkURNs6vBy5ZqJMae6KbQaPURg1bYzipIG0wuQKBwm
43a3NjMARZlwfEjmYw/OeWsBLE60MTmCc5JxwzpDXq4GGdSEPapurmDzV1as4om8
cwxfDFM4DSmXOIVET0+ll6tf45gBs/5FPcdEOB0pQbHu/h1vJU76akDEeRhUyeT7
xD4SDEuw5vGsfrDiQ1ckoHh0iXlUEfOzS1P1GAzCeGIVQu+poU/e2t8F/PJdalNg
r6BvDyrWRpJ1Ijf/GlAHQC5HQZxr/L80CprNdl2VCuoDvFOTTQ+ebYYjhii6eOvk
SRtMZEDfvgYVVFZKotn4eYLKBtQtuQENBGsHVE8BCAC22SQ1nEyqQnFFbwPHmH/W
+4M8odmY3twVWShC2I0dNQM7xNpuNXfcpLCICeb5rKS9Nsz4cdIZwNPMTgVV0Zeb
raqEYOngA5FdkkSyZV7wcIuUWWZe73A5jsV3eBEXfO6Ts8sdBcz19iP870JhO9q2
8T+dh6bN8WN2YtdEeGfAY7farNqN/DwQvUhEbnFRIrd2QIeqkA7JpaWvzeKMGPnu
+oyXYnnR/anFizEO2SQsCkTCHKSL8P7/p7ONxli2yL8ZmKTIHdApair00rc/8+iS
3v7iP9OeAxty8p2TXxszX3o6CgpfzMt1sPXkm4eP1maLuquRWwph3JF1RpY5oX6h
ABEBAAGJATYEGAEKACAWIQTWbY2RXrNAMszK+utcNEaN0M8YfAUCawdUTwIbDAAK
CRBcNEaN0M8YfKqxB/4q8Su+/zimb0SepLSOpL3Y/7kZb+cGKjWFIeIX24fmOHqI
nGw9drEDis+mvlsm6PF9GBeZhfXrinLnFpl+VJScsXSUsmWON6bOu8HE6XtxUaE0
lQrAO/VepGu0xVDAStuUBaN767DQXWRdO1fLuDJWXeDTGkn/9jiYNO1UiwxXbjyL
8angrBy6vSjxLbJ4fksVnFMzBvpfBU/rablJguGPlmhCIhr5Bt3+iUcfD1psSej5
TBxgmQopzrqqFvnHC6oJG8KQbrQzI5MnRy1nIHsaV2VLHy5PYwCnzZPO5hGl+qFj
MOBC5oeGOlYwIy+a1tnqj4BLW8W+YGvQVIDAeHS8
=CJeQ
-----END PGP PUBLIC KEY BLOCK-----
";
    const ED_ASC: &str = "-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEawdUURYJKwYBBAHaRw8BAQdAKN1JKdh1l585XVQkHpAO986zKVSFiI2IaZN6
OUA/C3O0IEVkIEZpeHR1cmUgPGVkQGNyeXB0b3Njb3BlLnRlc3Q+iJAEExYIADgW
IQSFFeKwWbR06e1zcKVbVnmn1DSc8wUCawdUUQIbAwULCQgHAgYVCgkICwIEFgID
AQIeAQIXgAAKCRBbVnmn1DSc83KAAP0bqKPM6cUvXFB3AQmWgAlwsuUqbck6URlw
hv1CoGTP8wEAi4B322672Bq4gKOSv5mX72TG8PXjSP/9uUkdITUHDQO4OARrB1RT
EgorBgEEAZdVAQUBAQdAucSBNMZJlHm8Z/H1hWk5j1hLM5OYW0UjQNLptyn6iAID
AQgHiHgEGBYIACAWIQSFFeKwWbR06e1zcKVbVnmn1DSc8wUCawdUUwIbDAAKCRBb
Vnmn1DSc8zs1AQCIIU3cfeQ9KLmtri2ZPD9tXGIfwhikhYuG+T0hGnZzdAD/Wo7S
UKtN2Aoe+HEb3KResHHykrZbL+cvNvUaHLmNyAM=
=THfS
-----END PGP PUBLIC KEY BLOCK-----
";
    const DSA_ASC: &str = "-----BEGIN PGP PUBLIC KEY BLOCK-----

mQMuBGsHVFgRCACxSmIz/5dGVLVTMihk8rddjq7uXjElkw76zNUm7n1uXscdMbkY
bfkg+/R6p+nHgq/IVdi4lyiDem4cBH4Iyb83Cd/C72utX3qzbBCF+ub4V5qQ98sj
ipesJy/zykowKOZsEx/bJvPRSql5/sfyHhvRJY+WlYolA+R7gSzWfWNFTgVVNXnB
aFbT5IG0DzpG/Qu2k3cYTk3VK9JdljdKhiVDE38Fbkbkleie5SveobIYCD49nYDa
1brqYAF99EDSKEbvnxqdhwhdj/n8OOGLb0GYEWl9wBbjQlSf/vYBQrDCtQ3558ly
bFPyzLUu5Z1v0v8ljHGMlvX4nRmjRPA6SijHAQDr7KH/7MbmwHe1pmdKs8xIpm2I
s5rwUaXUl1WrWi8Z/wf/VifeKxfmx4G52rj47+z+cIj2JeKTYj5WjsZpvVWz5V7E
61wsCly4Otn4zRz+xyXy17cJZG/47UGPkZLJ5VrXZ6Qh3rY3ksPI7zcso/ech5i6
4X0B8b5TL3Sw80ncCgvEbNCmifbNlu204QWk4MCiZrvTQM7onwza/jw0RBxsepGp
zel0tCTBvVYaXjlW6GiSVCEphpQnIBb2Qicj/W+GqXE9ThnbIHS/N2XdrkqhVCrE
h61LwV0u5keazwUuZCuIPdJTKgmt2tmzOucngLLm4HrAKCUSQEYOgTXKCAx8SmPU
smcnxwZi8JWJaZAPidsoa9nIHQCJcrx2ifw0ICXAFgf+LowiZs9OWtDX9e1iqjFV
CTSoMaz8s6IMy7JIXHHzcfx3GXd/CEdpgSvMEXI9keAkkQq6uyoNfCNjo3s714ln
52bRpA/5I8s3bb3ldh19VIEk2k0UDbaQrdGoi+Eoaw6c1fAETj5pa3LDoG39CtW4
WVwUs6VkZUQ9g7kDQkNGkXZmS0SaMed7sf9vkcEcsJiSsZZROahaNEviduY3ZVuw
hKJTzQBe9dbxfg6DnIY1rymvEPM/cK/XBrJz+hePhxTxIgy5QLorSaKrk2sGnWNY
OYyM6ZwGn2WzK6wA8U28Zy1s/mQ7j+RkYuDqL6vDvkuYTMvzXKqriHM2m2Z9vaqL
NLQiRFNBIEZpeHR1cmUgPGRzYUBjcnlwdG9zY29wZS50ZXN0PoiQBBMRCAA4FiEE
DCRzIotbvoYEJHTy92MYI/r/am0FAmsHVFgCGwMFCwkIBwIGFQoJCAsCBBYCAwEC
HgECF4AACgkQ92MYI/r/am2y6wD+LTupQQ1qbJJ+pe6/AF+VW2kIMsFuuRFMntXv
xHHp/CAA/0JDc5L9eyqEbvLJJacHfGNa9zGHLNfe/D9VuF908xWduQINBGsHVFoQ
CADZJuZRri+L+G7kxxkViHc/VRs+aYK6u+DAoDg8wRN2AZeFRx6rFgwyKZnHgfqi
J9J+c1U1ovs/C0nGY8qnUiI+2ubc9HO+uTBbNIGEjDaGZ/8m2adAP/uG7wWMwO5K
4SCAVidg3eQAi/v78sJG8A7vD0TY/Osi58DOKzoCDJfTvFcstjvnxZGIlWhMczyn
QXj2xu1k/UoFSY1PcYXPia1Jri0TFO7LlozjzrOdNXHaV7mrcLxpgOrAdCNnYGkA
8IOOsUpH0RNiu6T8Hpi9d77L/B7PVEY3vD32GHrjuBj08UybSQE9fjJ0/3nfShvI
eB0rRgwKjS7KXreerkE4rw3HAAMHCACdVkCH8qNpf68n5dWFglgkb4g3mKgF4KHb
TE6SGV5nCxTG1SwXk5XYh1CtTkkUMOnH0sjG3xz1WXqa9V9WdncRGLWKeiks5LzC
d7mDJxtNI6EYfboZ9YSHisJHk/MDzeovOAfWchZDwerw5/ArM6AravOwlsnwJ2va
8HgRWo5N5vuKBE9o2/YQnyeiyicyFsMCzm9pSsa83HmeiO060YCM8a/2eGhjjmhw
KjR2yz+Vv/84MEUGueWMq6eIK/qGjyvbAjr40ZCjjKGIUjfuhIntSOM8FuuV8H8/
2/XQoRahmQI/d8Hzk0AK33LGIoNwUCdOWO466Bp0qpOp5MppTHNyiHgEGBEIACAW
IQQMJHMii1u+hgQkdPL3Yxgj+v9qbQUCawdUWgIbDAAKCRD3Yxgj+v9qbeVjAQCV
3TW3hjdwWkxYO4ObwDzgxffgYTU1hmmBuEG29w19nQD/eUMDI6meGQu/qtotpMvg
8Tq2uwgZhxSX7ZJ2dzohRj8=
=R+II
-----END PGP PUBLIC KEY BLOCK-----
";
    /// `gpg --export` of the NIST P-256 key, binary.
    const P256_GPG: &str = concat!(
        "9852046b07545513082a8648ce3d0301070203049b008ba099c3178c57d0",
        "8aa641f5a6f490684a685296a3f0c849cfe17a32ec3c526119cafae53ce7",
        "aeea5c471672e7c0aecb4796bcdad7212f074494a825ca42b42450323536",
        "2046697874757265203c703235364063727970746f73636f70652e746573",
        "743e8890041313080038162104f49b91e4abd49b4efea6453873bdded45b",
        "75ee1005026b075455021b03050b0908070206150a09080b020416020301",
        "021e01021780000a091073bdded45b75ee1060a20100e02a5c94d08c67d9",
        "9622be020dccfddad0db9a4526f9580ec03841f7c51788f40100adfa0707",
        "d93a9a7cd92a7baa4e038e85071cc4cb363d2afafb59140bc5f3134bb856",
        "046b07545612082a8648ce3d030107020304084047e9687c8193c877b443",
        "0f6190dcad6e4491f334ae185d2b24b4bb218e3a0215ecaca5c755d1db77",
        "3c1d1b8a3d29ec4c09cf88d6bc1249aeecf15da997650301080788780418",
        "13080020162104f49b91e4abd49b4efea6453873bdded45b75ee1005026b",
        "075456021b0c000a091073bdded45b75ee10b72e00fa03f387c2747657f2",
        "b9e8d1c8544d80164e746fd36041d1769a86fd69e4c336e100fd1449bfbe",
        "010c9de4d65753d1f395f9a00d6204031f9fd3210812aad514aaa681",
    );
    /// `gpg --export-secret-keys` of an Ed25519 key with a cv25519 subkey, passphrase
    /// `fixture pass`.
    const SECRET_ASC: &str = "-----BEGIN PGP PRIVATE KEY BLOCK-----

lIYEawdUXRYJKwYBBAHaRw8BAQdANpP1MgzLiDTEFxLaT9UYTjkd7ie6t7OmWAZQ
MDTieP7+BwMC3N/OaUloGSH/gtPGBUgRd/3NVoZaFWlWemh48YYK9D57AaTQ6flP
blQ9jXBAowl2LqH6lLUdfP882HX2FA2Dt1XBoeVqbS4VnG1MujIuQrQoU2VjcmV0
IEZpeHR1cmUgPHNlY3JldEBjcnlwdG9zY29wZS50ZXN0PoiQBBMWCAA4FiEEl6o4
FjzyQcTDH6TYoBaawG63QWgFAmsHVF0CGwMFCwkIBwIGFQoJCAsCBBYCAwECHgEC
F4AACgkQoBaawG63QWgv5QD9F/lmX6wPvjwjduAnbUVNxSkbHoc3Ma/BH2QnKBy8
p2cBAONj5gmrW9q8rQ5TPG0yshhx/FZsoK1e3wRyFqHRmW0DnIsEawdUcBIKKwYB
BAGXVQEFAQEHQEriEzrsKIkiAacEoZHQyUfqoYLJERNTR5ANL4uej/U5AwEIB/4H
AwL6X5bgGng19v9UqMfSf6BeR732NP5cwQ1e85vf41LJSVYZj8cjNoGaWbeIDb5A
SeBeb3OKqJdP8Rr8KXpm2KqGeXn8F7RxragEBXRXU5kAiHgEGBYIACAWIQSXqjgW
PPJBxMMfpNigFprAbrdBaAUCawdUcAIbDAAKCRCgFprAbrdBaHJAAQDO0CGQdcjc
5G67Jz7gJTbqJpuzaZ5Z/4p1QinEaH/ZTwD/X543mxAaoeaAPLV6KCibE3GGxbvW
O9bhbsR4ZPBsRAA=
=0mBg
-----END PGP PRIVATE KEY BLOCK-----
";
    /// `gpg --export-secret-subkeys` of the same key: a gnu-dummy primary.
    const STUB_ASC: &str = "-----BEGIN PGP PRIVATE KEY BLOCK-----

lDsEawdUXRYJKwYBBAHaRw8BAQdANpP1MgzLiDTEFxLaT9UYTjkd7ie6t7OmWAZQ
MDTieP7/AGUAR05VAbQoU2VjcmV0IEZpeHR1cmUgPHNlY3JldEBjcnlwdG9zY29w
ZS50ZXN0PoiQBBMWCAA4FiEEl6o4FjzyQcTDH6TYoBaawG63QWgFAmsHVF0CGwMF
CwkIBwIGFQoJCAsCBBYCAwECHgECF4AACgkQoBaawG63QWgv5QD9F/lmX6wPvjwj
duAnbUVNxSkbHoc3Ma/BH2QnKBy8p2cBAONj5gmrW9q8rQ5TPG0yshhx/FZsoK1e
3wRyFqHRmW0DnIsEawdUcBIKKwYBBAGXVQEFAQEHQEriEzrsKIkiAacEoZHQyUfq
oYLJERNTR5ANL4uej/U5AwEIB/4HAwJBicNWkP26T/+tjWynmpsQUkhhQiVyIdGd
JyqDxGxtpVS1sfHCITOwTmvdde3Hw4qpEo0KZ6q5AEeJGFQ5AulyCO8VtEQjVrVP
ejbRJGepiHgEGBYIACAWIQSXqjgWPPJBxMMfpNigFprAbrdBaAUCawdUcAIbDAAK
CRCgFprAbrdBaHJAAQDO0CGQdcjc5G67Jz7gJTbqJpuzaZ5Z/4p1QinEaH/ZTwD/
X543mxAaoeaAPLV6KCibE3GGxbvWO9bhbsR4ZPBsRAA=
=aLmG
-----END PGP PRIVATE KEY BLOCK-----
";
    /// RFC 9580 Appendix A.3: a version 6 certificate (Ed25519, X25519 subkey, no user ID).
    const RFC9580_A3: &str = "-----BEGIN PGP PUBLIC KEY BLOCK-----

xioGY4d/4xsAAAAg+U2nu0jWCmHlZ3BqZYfQMxmZu52JGggkLq2EVD34laPCsQYf
GwoAAABCBYJjh3/jAwsJBwUVCg4IDAIWAAKbAwIeCSIhBssYbE8GCaaX5NUt+mxy
KwwfHifBilZwj2Ul7Ce62azJBScJAgcCAAAAAK0oIBA+LX0ifsDm185Ecds2v8lw
gyU2kCcUmKfvBXbAf6rhRYWzuQOwEn7E/aLwIwRaLsdry0+VcallHhSu4RN6HWaE
QsiPlR4zxP/TP7mhfVEe7XWPxtnMUMtf15OyA51YBM4qBmOHf+MZAAAAIIaTJINn
+eUBXbki+PSAld2nhJh/LVmFsS+60WyvXkQ1wpsGGBsKAAAALAWCY4d/4wKbDCIh
BssYbE8GCaaX5NUt+mxyKwwfHifBilZwj2Ul7Ce62azJAAAAAAQBIKbpGG2dWTX8
j+VjFM21J0hqWlEg+bdiojWnKfA5AQpWUWtnNwDEM0g12vYxoWM8Y81W+bHBw805
I8kWVkXU6vFOi+HWvv/ira7ofJu16NnoUkhclkUrk0mXubZvyl4GBg==
-----END PGP PUBLIC KEY BLOCK-----
";
    /// RFC 9580 Appendix A.5: the same key locked with Argon2 and AES-256 OCB.
    const RFC9580_A5: &str = "-----BEGIN PGP PRIVATE KEY BLOCK-----

xYIGY4d/4xsAAAAg+U2nu0jWCmHlZ3BqZYfQMxmZu52JGggkLq2EVD34laP9JgkC
FARdb9ccngltHraRe25uHuyuAQQVtKipJ0+r5jL4dacGWSAheCWPpITYiyfyIOPS
3gIDyg8f7strd1OB4+LZsUhcIjOMpVHgmiY/IutJkulneoBYwrEGHxsKAAAAQgWC
Y4d/4wMLCQcFFQoOCAwCFgACmwMCHgkiIQbLGGxPBgmml+TVLfpscisMHx4nwYpW
cI9lJewnutmsyQUnCQIHAgAAAACtKCAQPi19In7A5tfORHHbNr/JcIMlNpAnFJin
7wV2wH+q4UWFs7kDsBJ+xP2i8CMEWi7Ha8tPlXGpZR4UruETeh1mhELIj5UeM8T/
0z+5oX1RHu11j8bZzFDLX9eTsgOdWATHggZjh3/jGQAAACCGkySDZ/nlAV25Ivj0
gJXdp4SYfy1ZhbEvutFsr15ENf0mCQIUBA5hhGgp2oaavg6mFUXcFMwBBBUuE8qf
9Ock+xwusd+GAglBr5LVyr/lup3xxQvHXFSjjA2haXfoN6xUGRdDEHI6+uevKjVR
v5oAxgu7eJpaXNjCmwYYGwoAAAAsBYJjh3/jApsMIiEGyxhsTwYJppfk1S36bHIr
DB8eJ8GKVnCPZSXsJ7rZrMkAAAAABAEgpukYbZ1ZNfyP5WMUzbUnSGpaUSD5t2Ki
Nacp8DkBClZRa2c3AMQzSDXa9jGhYzxjzVb5scHDzTkjyRZWRdTq8U6L4da+/+Kt
ruh8m7Xo2ehSSFyWRSuTSZe5tm/KXgYG
-----END PGP PRIVATE KEY BLOCK-----
";

    const A3_PRIMARY: &str = "CB186C4F0609A697E4D52DFA6C722B0C1F1E27C18A56708F6525EC27BAD9ACC9";
    const A3_SUBKEY: &str = "12C83F1E706F6308FE151A417743A1F033790E93E9978488D1DB378DA9930885";

    fn p256() -> Vec<u8> {
        hex::decode(P256_GPG).unwrap_or_default()
    }

    /// The summary lines of one key: its algorithm, then the key.
    fn key_lines(head: &str, algorithm: &str, key: &str, context: &str) -> [String; 2] {
        [
            format!("{head} | algorithm {algorithm} | {context}"),
            format!("{head} | {key} | {context}"),
        ]
    }

    fn strs(lines: &[String]) -> Vec<&str> {
        lines.iter().map(String::as_str).collect()
    }

    #[test]
    fn rsa_keys_take_their_role_from_key_flags() {
        let uid = "RSA Fixture <rsa@cryptoscope.test>";
        let mut expected = Vec::new();
        expected.extend(key_lines(
            "Some(1)@0 pgp-primary-key",
            "RSA-2048 (signature)",
            "public-key Some(2048) sha256 52c8a54c51c10f76612d4ecb0c25ac9d7f1fa83af7e6421394e4f3721e9e6c4b D66D8D915EB34032CCCAFAEB5C34468DD0CF187C",
            uid,
        ));
        expected.extend(key_lines(
            "Some(1)@0 pgp-subkey",
            "RSA-2048 (pke)",
            "public-key Some(2048) sha256 dde3a8e125472797d15130074994a8ee0c4bfaeb2b6dddd6408e0df777bb77ed EDEE07A4AB7B132242FFC6D82EA1248205E93987",
            uid,
        ));
        check("rsa.asc", RSA_ASC.as_bytes(), &strs(&expected));
    }

    #[test]
    fn ed25519_and_cv25519_legacy_keys() {
        let uid = "Ed Fixture <ed@cryptoscope.test>";
        let text = format!("Import this key:\n\n{ED_ASC}");
        let mut expected = Vec::new();
        expected.extend(key_lines(
            "Some(3)@18 pgp-primary-key",
            "Ed25519 (signature)",
            "public-key Some(256) sha256 15944ef51f74c22cab70b95c03d02f52d6d49b2cb0f847c6e2aceb98294e791f 8515E2B059B474E9ED7370A55B5679A7D4349CF3",
            uid,
        ));
        expected.extend(key_lines(
            "Some(3)@18 pgp-subkey",
            "X25519 (key-agree)",
            "public-key Some(256) sha256 166623e29108646cecb6ef9d890ead24c2ae0964c1d90a62c2c4b29df809fdeb 043A314BD8F6CDA02229C0C8C25C120B161BFB56",
            uid,
        ));
        check("README.md", text.as_bytes(), &strs(&expected));
    }

    #[test]
    fn binary_keyrings_report_packet_offsets() {
        let uid = "P256 Fixture <p256@cryptoscope.test>";
        let mut expected = Vec::new();
        expected.extend(key_lines(
            "None@0 pgp-primary-key",
            "ECDSA-P-256 (signature)",
            "public-key Some(256) sha256 cde196f91741f09cdb7a1e64acccb2f6047754637d2c382d4ac7ca8aa7824690 F49B91E4ABD49B4EFEA6453873BDDED45B75EE10",
            uid,
        ));
        expected.extend(key_lines(
            "None@268 pgp-subkey",
            "ECDH-P-256 (key-agree)",
            "public-key Some(256) sha256 eb3b399a2e2c500500a0ccd72198fa1822bd2744718e1d5f0024d7dff873f54c 95FD5A7045A0196846D15BF7684984FC77AABA31",
            uid,
        ));
        check("p256.gpg", &p256(), &strs(&expected));
    }

    #[test]
    fn dsa_and_elgamal_keys() {
        let uid = "DSA Fixture <dsa@cryptoscope.test>";
        let mut expected = Vec::new();
        expected.extend(key_lines(
            "Some(1)@0 pgp-primary-key",
            "DSA-2048 (signature)",
            "public-key Some(2048) sha256 99e7c82221e9e626e8936f5d9b9630c94489b25d00618e0f395781076379e730 0C2473228B5BBE86042474F2F7631823FAFF6A6D",
            uid,
        ));
        // ElGamal has no SubjectPublicKeyInfo: SHA-256 of the algorithm octet and p, g, y as MPIs.
        expected.extend(key_lines(
            "Some(1)@0 pgp-subkey",
            "ElGamal-2048 (pke)",
            "public-key Some(2048) public-blob-sha256 23261034d183ed1382192020d53222a81ebaf841fe004d0e397a0d14727562cd 7D3E5445786C3A0497236C4E492040A161B515EE",
            uid,
        ));
        check("dsa.asc", DSA_ASC.as_bytes(), &strs(&expected));
    }

    #[test]
    fn protected_secret_keys_describe_their_s2k() {
        let context = "Secret Fixture <secret@cryptoscope.test> (secret key, encrypted)";
        let mut expected = Vec::new();
        for (symbol, key) in [
            (
                "pgp-primary-key",
                (
                    "Ed25519 (signature)",
                    "private-key Some(256) sha256 5e8493ba52089190898c324eb7ec093a6a601ca7be16fa9993fef80ee910fc80 97AA38163CF241C4C31FA4D8A0169AC06EB74168",
                ),
            ),
            (
                "pgp-subkey",
                (
                    "X25519 (key-agree)",
                    "private-key Some(256) sha256 9afc131564b9a95852bb0b5f920d2341486a6461fed883b916850ae3919ca55d 311F63003F9A2570752409B8105DB277CE0910EB",
                ),
            ),
        ] {
            let head = format!("Some(1)@0 {symbol}");
            let protection =
                "protection: OpenPGP S2K iterated+salted SHA-1 (65011712 octets), AES-128 CFB";
            expected.push(format!(
                "{head} | algorithm AES-128-CFB128 (block-cipher) | {protection}"
            ));
            expected.push(format!("{head} | algorithm SHA-1 (hash) | {protection}"));
            expected.extend(key_lines(&head, key.0, key.1, context));
        }
        check("secret.asc", SECRET_ASC.as_bytes(), &strs(&expected));

        let out = run("secret.asc", SECRET_ASC.as_bytes());
        let protections: Vec<_> = out
            .findings
            .iter()
            .filter_map(|f| match &f.asset.body {
                AssetBody::Key(k) => k.protection.as_ref(),
                _ => None,
            })
            .collect();
        assert_eq!(protections.len(), 2);
        for protection in protections {
            assert_eq!(
                protection.description,
                "OpenPGP S2K iterated+salted SHA-1 (65011712 octets), AES-128 CFB"
            );
            assert_eq!(
                protection.scheme.as_str(),
                "crypto/algorithm/block-cipher/AES-128-CFB128"
            );
            assert_eq!(
                protection
                    .parts
                    .iter()
                    .map(|p| p.as_str())
                    .collect::<Vec<_>>(),
                ["crypto/algorithm/hash/SHA-1"]
            );
        }
    }

    #[test]
    fn gnu_dummy_stubs_say_no_secret_is_present() {
        let uid = "Secret Fixture <secret@cryptoscope.test>";
        let out = run("stub.asc", STUB_ASC.as_bytes());
        let lines: Vec<String> = out.findings.iter().map(summary).collect();
        assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
        assert_eq!(
            lines.get(..2),
            Some(
                &key_lines(
                    "Some(1)@0 pgp-primary-key",
                    "Ed25519 (signature)",
                    "private-key Some(256) sha256 5e8493ba52089190898c324eb7ec093a6a601ca7be16fa9993fef80ee910fc80 97AA38163CF241C4C31FA4D8A0169AC06EB74168",
                    &format!("{uid} (no secret key material: gnu-dummy stub)"),
                )[..]
            ),
            "{lines:#?}"
        );
        // The subkey is still protected.
        assert_eq!(lines.len(), 6, "{lines:#?}");
        assert!(lines[5].ends_with(&format!("{uid} (secret key, encrypted)")));
    }

    #[test]
    fn version_6_keys_from_rfc_9580() {
        let context = format!("OpenPGP key {A3_PRIMARY}");
        let mut expected = Vec::new();
        expected.extend(key_lines(
            "Some(1)@0 pgp-primary-key",
            "Ed25519 (signature)",
            &format!("public-key Some(256) sha256 0e48dba4247eb5dcd980dfed12595ffed699bc440a4b4eadb0354caefd4622a5 {A3_PRIMARY}"),
            &context,
        ));
        expected.extend(key_lines(
            "Some(1)@0 pgp-subkey",
            "X25519 (key-agree)",
            &format!("public-key Some(256) sha256 6cd9606a819df911c9c75b7343251b9159b8ab08e65c698080b8ae21b9c8099f {A3_SUBKEY}"),
            &context,
        ));
        check("a3.asc", RFC9580_A3.as_bytes(), &strs(&expected));
    }

    #[test]
    fn argon2_and_aead_protection_of_version_6_keys() {
        let out = run("a5.asc", RFC9580_A5.as_bytes());
        assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
        let lines: Vec<String> = out.findings.iter().map(summary).collect();
        let context = format!("OpenPGP key {A3_PRIMARY} (secret key, encrypted)");
        let protection = "protection: OpenPGP S2K Argon2 (t=1, p=4, m=2^21 KiB), AES-256 OCB";
        assert_eq!(
            lines.get(..4),
            Some(
                &[
                    format!(
                        "Some(1)@0 pgp-primary-key | algorithm AES-256-OCB (ae) | {protection}"
                    ),
                    format!("Some(1)@0 pgp-primary-key | algorithm Argon2id (kdf) | {protection}"),
                    format!(
                        "Some(1)@0 pgp-primary-key | algorithm Ed25519 (signature) | {context}"
                    ),
                    format!(
                        "Some(1)@0 pgp-primary-key | private-key Some(256) sha256 0e48dba4247eb5dcd980dfed12595ffed699bc440a4b4eadb0354caefd4622a5 {A3_PRIMARY} | {context}"
                    ),
                ][..]
            ),
            "{lines:#?}"
        );
        assert_eq!(lines.len(), 8);
        let descriptions: Vec<&str> = out
            .findings
            .iter()
            .filter_map(|f| match &f.asset.body {
                AssetBody::Key(k) => k.protection.as_ref().map(|p| p.description.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            descriptions,
            ["OpenPGP S2K Argon2 (t=1, p=4, m=2^21 KiB), AES-256 OCB"; 2]
        );
    }

    /// A new-format packet with a one- or two-octet length.
    fn packet(tag: u8, body: &[u8]) -> Vec<u8> {
        let mut out = vec![0xc0 | tag];
        let len = body.len();
        if len < 192 {
            out.push(u8::try_from(len).unwrap_or(0));
        } else {
            let rest = len - 192;
            out.push(u8::try_from(192 + (rest >> 8)).unwrap_or(0));
            out.push(u8::try_from(rest & 0xff).unwrap_or(0));
        }
        out.extend_from_slice(body);
        out
    }

    /// A public key packet body: version, creation time, algorithm, (length,) material.
    fn key_body(version: u8, algorithm: u8, material: &[u8]) -> Vec<u8> {
        let mut body = vec![version, 0x63, 0x87, 0x7f, 0xe3, algorithm];
        if version >= 5 {
            body.extend(u32::try_from(material.len()).unwrap_or(0).to_be_bytes());
        }
        body.extend_from_slice(material);
        body
    }

    fn run_packets(bytes: &[u8]) -> (Vec<String>, Vec<String>) {
        let out = run("keyring.gpg", bytes);
        (
            out.findings.iter().map(summary).collect(),
            out.diagnostics
                .iter()
                .map(|d| format!("{} {}", d.kind.as_str(), d.message))
                .collect(),
        )
    }

    #[test]
    fn version_5_and_post_quantum_and_unknown_algorithms() {
        // The RFC 9580 A.3 Ed25519 key as a LibrePGP version 5 key: same SPKI, SHA-256 fingerprint
        // with the 0x9a prefix.
        let raw = hex::decode("f94da7bb48d60a61e567706a6587d0331999bb9d891a08242ead84543df895a3")
            .unwrap_or_default();
        let body = key_body(5, 27, &raw);
        let mut v5 = Sha256::new();
        v5.update([0x9a]);
        v5.update(u32::try_from(body.len()).unwrap_or(0).to_be_bytes());
        v5.update(&body);
        let (lines, problems) = run_packets(&packet(6, &body));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            lines.get(1).map(String::as_str),
            Some(format!(
                "None@0 pgp-primary-key | public-key Some(256) sha256 0e48dba4247eb5dcd980dfed12595ffed699bc440a4b4eadb0354caefd4622a5 {} | OpenPGP key {}",
                hex::encode_upper(v5.clone().finalize()),
                hex::encode_upper(v5.finalize()),
            ).as_str())
        );

        // SLH-DSA-SHAKE-128s (draft-ietf-openpgp-pqc algorithm 32) goes through its registry OID;
        // the composite ML-KEM-768+X25519 (35) has no registry entry and stays unknown.
        let mut keyring = packet(6, &key_body(6, 32, &[7u8; 32]));
        keyring.extend(packet(14, &key_body(6, 35, &[9u8; 32 + 1184])));
        let (lines, problems) = run_packets(&keyring);
        assert!(problems.is_empty(), "{problems:?}");
        let algorithms: Vec<&str> = lines
            .iter()
            .filter_map(|l| l.split(" | ").nth(1))
            .filter(|w| w.starts_with("algorithm"))
            .collect();
        assert_eq!(
            algorithms,
            [
                "algorithm SLH-DSA-SHAKE-128s (signature)",
                "algorithm OpenPGP public-key algorithm 35 (kem)"
            ]
        );
        assert!(lines[3].contains("public-key None public-blob-sha256"));

        // An unknown algorithm in a v4 public key packet is an unknown asset; in a v4 secret key
        // packet its public part cannot be delimited, which is reported.
        let mut keyring = packet(6, &key_body(4, 99, &[1, 2, 3]));
        keyring.extend(packet(7, &key_body(4, 99, &[1, 2, 3, 0])));
        let (lines, problems) = run_packets(&keyring);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[0].contains("algorithm OpenPGP public-key algorithm 99 (unknown)"));
        assert_eq!(
            problems,
            [
                "unsupported OpenPGP packet at offset 11: secret key packet of unknown public-key algorithm 99: its public part cannot be told from its secret part"
            ]
        );
    }

    #[test]
    fn truncated_keyrings_are_diagnostics_and_keep_what_was_read() {
        let mut bytes = p256();
        bytes.truncate(300);
        let (lines, problems) = run_packets(&bytes);
        assert_eq!(
            lines.len(),
            2,
            "the primary key is still reported: {lines:?}"
        );
        assert_eq!(
            problems,
            ["malformed OpenPGP packet at offset 268: packet runs past the end of the data"]
        );

        // A key packet whose MPI runs past its own end.
        let (lines, problems) = run_packets(&packet(6, &key_body(4, 1, &[0x08, 0x00, 0xff])));
        assert!(lines.is_empty());
        assert_eq!(
            problems,
            ["malformed OpenPGP packet at offset 0: truncated key packet"]
        );

        // Armour around a truncated body: the BEGIN line says where.
        let text = "Keys:\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQENBGsHVEwBCAC1FGddPgWXt7JQa+sxIYO06waltbFyr7nTQa4mwYdLjiha85HY\n-----END PGP PUBLIC KEY BLOCK-----\n";
        let (lines, problems) = run_packets(text.as_bytes());
        assert!(lines.is_empty());
        assert_eq!(
            problems,
            [
                "malformed PGP PUBLIC KEY BLOCK at line 2: packet at offset 0: packet runs past the end of the data"
            ]
        );
    }

    #[test]
    fn armour_markers_in_prose_are_ignored() {
        check(
            "gpg.md",
            b"Paste the block between -----BEGIN PGP PUBLIC KEY BLOCK----- and -----END PGP PUBLIC KEY BLOCK----- here.\n",
            &[],
        );
    }

    #[test]
    fn no_secret_key_material_reaches_findings() {
        for armour in [SECRET_ASC, STUB_ASC, RFC9580_A5] {
            let out = run("key.asc", armour.as_bytes());
            assert!(!out.findings.is_empty());
            let shown = format!("{:?}{:?}", out.findings, out.diagnostics);
            let body: String = armour
                .lines()
                .skip_while(|l| !l.is_empty())
                .filter(|l| !l.starts_with("-----") && !l.starts_with('='))
                .collect();
            let chars: Vec<char> = body.chars().collect();
            for window in chars.windows(17) {
                let piece: String = window.iter().collect();
                assert!(!shown.contains(&piece), "{piece} leaked");
            }
        }
    }

    #[test]
    fn table_identifiers_stay_unique() {
        let mut ids: Vec<u8> = FIXED_KEYS.iter().map(|(id, _, _)| *id).collect();
        ids.extend([1, 2, 3, 16, 17, 18, 19, 20, 22]);
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count);
        for (_, name) in CIPHERS.iter().chain(HASHES.iter()) {
            assert!(
                registry().by_name(name).is_some(),
                "{name} is not in the registry"
            );
        }
    }

    /// Runs the detector as if sniffing had found a binary keyring with PEM armour in it.
    fn run_forced(bytes: &[u8]) -> Collected {
        let sniffed = Sniff {
            kind: FileKind::OpenPgp,
            has_pem: true,
            is_text: false,
            has_ssh_key: false,
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
            detector: "pgp",
            location: "fuzz",
        };
        PgpDetector.detect(&input, &context, &mut sink);
        out
    }

    mod properties {
        use base64::Engine as _;
        use proptest::prelude::*;

        use super::*;

        /// The packets of an armoured block.
        fn dearmour(armour: &str) -> Vec<u8> {
            let body: String = armour
                .lines()
                .skip_while(|l| !l.is_empty())
                .filter(|l| !l.starts_with("-----") && !l.starts_with('='))
                .collect();
            base64::engine::general_purpose::STANDARD
                .decode(body)
                .unwrap_or_default()
        }

        proptest! {
            #[test]
            fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
                run_forced(&bytes);
            }

            #[test]
            fn mangled_keyrings_never_panic(at in any::<usize>(), value in any::<u8>(), keep in any::<usize>()) {
                for mut bytes in [p256(), dearmour(SECRET_ASC), dearmour(STUB_ASC), dearmour(RFC9580_A5), dearmour(DSA_ASC)] {
                    let len = bytes.len();
                    if let Some(b) = bytes.get_mut(at % len) {
                        *b = value;
                    }
                    bytes.truncate(keep % (len + 1));
                    run_forced(&bytes);
                }
            }
        }
    }
}
