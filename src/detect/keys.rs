//! Keys and their companions in PEM and DER: PKCS#8 (plain and encrypted), PKCS#1, SEC1, OpenSSL's
//! traditional DSA and legacy-encrypted keys, SubjectPublicKeyInfo, DH/DSA/EC parameters, CSRs, CRLs
//! and PKCS#7 certificate bundles.
//!
//! Every key is described by its public part (see [`super::derive`]): a private key and the
//! certificate or public key it belongs to share one fingerprint. A key whose password hides it is
//! still reported, with its protection (PBES2 and friends, see [`super::pbe`]) and an identifier
//! derived from the ciphertext. PEM labels decide the format; bare DER is recognised by structure.

use x509_parser::certification_request::X509CertificationRequest;
use x509_parser::prelude::FromDer;
use x509_parser::revocation_list::CertificateRevocationList;

use super::spki::{self, AlgorithmIdentifier, KeyRole, oids};
use super::{Context, Detector, Input, Place, Sink, derive, pbe, x509};
use crate::der::{self, Tlv, tag};
use crate::model::{Asset, DiagnosticKind, Key, KeyIdBasis, KeyKind, Primitive, Protection};
use crate::pem::PemError;
use crate::sniff::{self, FileKind, Sniff};

/// id-signedData (PKCS#7 / CMS).
const OID_SIGNED_DATA: &str = "1.2.840.113549.1.7.2";

/// What a PEM label or a DER structure holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Item {
    Pkcs8,
    EncryptedPkcs8,
    RsaPrivate,
    EcPrivate,
    DsaPrivate,
    PublicKey,
    RsaPublic,
    DhParameters,
    DsaParameters,
    EcParameters,
    Request,
    Crl,
    Pkcs7,
}

/// PEM labels this detector reads, sorted (a test keeps them sorted).
const LABELS: &[(&str, Item)] = &[
    ("CERTIFICATE REQUEST", Item::Request),
    ("CMS", Item::Pkcs7),
    ("DH PARAMETERS", Item::DhParameters),
    ("DSA PARAMETERS", Item::DsaParameters),
    ("DSA PRIVATE KEY", Item::DsaPrivate),
    ("EC PARAMETERS", Item::EcParameters),
    ("EC PRIVATE KEY", Item::EcPrivate),
    ("ENCRYPTED PRIVATE KEY", Item::EncryptedPkcs8),
    ("NEW CERTIFICATE REQUEST", Item::Request),
    ("PKCS #7 SIGNED DATA", Item::Pkcs7),
    ("PKCS7", Item::Pkcs7),
    ("PRIVATE KEY", Item::Pkcs8),
    ("PUBLIC KEY", Item::PublicKey),
    ("RSA PRIVATE KEY", Item::RsaPrivate),
    ("RSA PUBLIC KEY", Item::RsaPublic),
    ("X509 CRL", Item::Crl),
    ("X9.42 DH PARAMETERS", Item::DhParameters),
];

/// The key detector.
pub struct KeysDetector;

impl Detector for KeysDetector {
    fn id(&self) -> &'static str {
        "keys"
    }

    fn wants(&self, sniff: &Sniff) -> bool {
        sniff.has_pem || sniff.kind == FileKind::Der
    }

    fn detect(&self, input: &Input<'_>, context: &Context<'_>, sink: &mut Sink<'_>) {
        for block in input.pem_blocks() {
            let Ok(index) = LABELS.binary_search_by(|(label, _)| (*label).cmp(block.label)) else {
                continue;
            };
            let Some((_, item)) = LABELS.get(index) else {
                continue;
            };
            let place = Place::at_line(block.line, block.offset);
            let outcome = match &block.body {
                Ok(der) => {
                    let dek_info = block
                        .headers
                        .iter()
                        .find(|(name, _)| name.eq_ignore_ascii_case("DEK-Info"))
                        .map(|(_, value)| *value);
                    read(*item, der, dek_info, "PEM", place, context, sink)
                }
                Err(PemError::NoBody) => Ok(()),
                Err(problem) => Err(problem.to_string()),
            };
            if let Err(problem) = outcome {
                sink.diagnostic(
                    DiagnosticKind::Malformed,
                    format!("{} block at line {}: {problem}", block.label, block.line),
                );
            }
        }
        if input.sniff.kind == FileKind::Der {
            scan_der(input.bytes, context, sink);
        }
    }
}

/// Reads whole-file (and concatenated) DER items recognised by their structure.
fn scan_der(bytes: &[u8], context: &Context<'_>, sink: &mut Sink<'_>) {
    for (offset, element) in sniff::der_elements(bytes) {
        if let Some(item) = classify(element) {
            let place = Place::at_offset(offset);
            if let Err(problem) = read(item, element, None, "DER", place, context, sink) {
                sink.diagnostic(
                    DiagnosticKind::Malformed,
                    format!("DER at offset {offset}: {problem}"),
                );
            }
        }
    }
}

/// Reads a DER key structure found inside another file (a binary's data): the element must be a
/// key or parameters by shape. Returns whether it was one and was reported.
pub fn report_embedded(
    element: &[u8],
    place: Place,
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) -> bool {
    match classify(element) {
        Some(item) => read(item, element, None, "DER", place, context, sink).is_ok(),
        None => false,
    }
}

/// Recognises a DER structure by its shape. Certificates are the x509 detector's and PKCS#12 the
/// keystore detector's; anything unrecognised is left alone (not every SEQUENCE is a key).
fn classify(element: &[u8]) -> Option<Item> {
    let (outer, _) = der::expect(element, tag::SEQUENCE)?;
    let parts: Vec<Tlv<'_>> = der::children(outer.content).take(10).collect();
    let tags: Vec<u8> = parts.iter().map(|t| t.tag).collect();
    let small = |i: usize| parts.get(i).and_then(|t| pbe::small_integer(*t));
    match tags.as_slice() {
        // PKCS#8 v1/v2: version 0|1, AlgorithmIdentifier, OCTET STRING privateKey, ...
        [tag::INTEGER, tag::SEQUENCE, tag::OCTET_STRING, ..] if matches!(small(0), Some(0 | 1)) => {
            Some(Item::Pkcs8)
        }
        // EncryptedPrivateKeyInfo: AlgorithmIdentifier, OCTET STRING.
        [tag::SEQUENCE, tag::OCTET_STRING] => {
            let algorithm = parts
                .first()
                .copied()
                .and_then(AlgorithmIdentifier::from_tlv)?;
            algorithm
                .oid
                .starts_with("1.2.840.113549.1.")
                .then_some(Item::EncryptedPkcs8)
        }
        // SEC1 ECPrivateKey: version 1, OCTET STRING, [0] parameters?, [1] public key?
        [tag::INTEGER, tag::OCTET_STRING, rest @ ..]
            if small(0) == Some(1) && rest.iter().all(|t| matches!(*t, 0xa0 | 0xa1)) =>
        {
            Some(Item::EcPrivate)
        }
        // RSAPrivateKey: version and eight INTEGERs.
        [
            tag::INTEGER,
            tag::INTEGER,
            tag::INTEGER,
            tag::INTEGER,
            tag::INTEGER,
            tag::INTEGER,
            tag::INTEGER,
            tag::INTEGER,
            tag::INTEGER,
            ..,
        ] if matches!(small(0), Some(0 | 1)) => Some(Item::RsaPrivate),
        // OpenSSL's traditional DSA private key: 0, p, q, g, y, x.
        [
            tag::INTEGER,
            tag::INTEGER,
            tag::INTEGER,
            tag::INTEGER,
            tag::INTEGER,
            tag::INTEGER,
        ] if small(0) == Some(0) => Some(Item::DsaPrivate),
        // SubjectPublicKeyInfo: AlgorithmIdentifier, BIT STRING.
        [tag::SEQUENCE, tag::BIT_STRING] => Some(Item::PublicKey),
        // CSR: CertificationRequestInfo { version 0, Name, SPKI, [0] attributes }, algorithm, signature.
        [tag::SEQUENCE, tag::SEQUENCE, tag::BIT_STRING] => {
            let info: Vec<u8> = der::children(parts.first()?.content)
                .map(|t| t.tag)
                .collect();
            match info.as_slice() {
                [tag::INTEGER, tag::SEQUENCE, tag::SEQUENCE, 0xa0] => Some(Item::Request),
                // TBSCertList: version?, signature, issuer, thisUpdate (UTCTime/GeneralizedTime), ...
                [tag::INTEGER, tag::SEQUENCE, tag::SEQUENCE, 0x17 | 0x18, ..]
                | [tag::SEQUENCE, tag::SEQUENCE, 0x17 | 0x18, ..] => Some(Item::Crl),
                _ => None,
            }
        }
        // ContentInfo { signedData, [0] ... }.
        [tag::OID, 0xa0] => {
            let oid = der::oid_string(parts.first()?.content)?;
            (oid == OID_SIGNED_DATA).then_some(Item::Pkcs7)
        }
        // DSA parameters p, q, g (three large INTEGERs; q of 160-256 bits).
        [tag::INTEGER, tag::INTEGER, tag::INTEGER] => {
            let bits: Vec<u32> = parts
                .iter()
                .map(|t| der::unsigned_bits(t.content))
                .collect();
            matches!(bits.as_slice(), [p, q, _] if *p >= 512 && (160..=256).contains(q))
                .then_some(Item::DsaParameters)
        }
        // Two INTEGERs: an RSAPublicKey (odd exponent >= 3) or PKCS#3 DH parameters (generator 2 or 5).
        [tag::INTEGER, tag::INTEGER] if der::unsigned_bits(parts.first()?.content) >= 256 => {
            match small(1) {
                Some(2 | 5) => Some(Item::DhParameters),
                _ => Some(Item::RsaPublic),
            }
        }
        _ => None,
    }
}

fn private<'a>(format: &'a str, encoding: &'a str) -> Found<'a> {
    Found {
        kind: KeyKind::Private,
        format,
        encoding,
        note: "",
        protection: None,
    }
}

fn public<'a>(format: &'a str, encoding: &'a str) -> Found<'a> {
    Found {
        kind: KeyKind::Public,
        format,
        encoding,
        note: "",
        protection: None,
    }
}

/// Reads one item and reports what it holds.
fn read(
    item: Item,
    der_bytes: &[u8],
    dek_info: Option<&str>,
    encoding: &str,
    place: Place,
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) -> Result<(), String> {
    if let Some(dek_info) = dek_info {
        return legacy_encrypted(item, der_bytes, dek_info, place, context, sink);
    }
    match item {
        Item::Pkcs8 => pkcs8(der_bytes, encoding, None, place, context, sink),
        Item::EncryptedPkcs8 => encrypted_pkcs8(der_bytes, encoding, place, context, sink),
        Item::RsaPrivate => {
            let public = derive::public_key_bits(context.registry, oids::RSA, None, der_bytes)
                .ok_or("not a PKCS#1 RSAPrivateKey")?;
            let spki = spki::build_spki(oids::RSA, Some(&[tag::NULL, 0]), &public)
                .ok_or("unbuildable key")?;
            report_key(&spki, &private("PKCS#1", encoding), place, context, sink)
        }
        Item::EcPrivate => {
            let point = derive::sec1_public_point(der_bytes);
            let curve = derive::sec1_curve(der_bytes);
            match (point, curve) {
                (Some(point), Some(curve)) => {
                    let parameters = der::encode(curve.tag, curve.content);
                    let spki = spki::build_spki(oids::EC_PUBLIC_KEY, Some(&parameters), &point)
                        .ok_or("unbuildable key")?;
                    report_key(&spki, &private("SEC1", encoding), place, context, sink)
                }
                _ => Err(
                    "SEC1 key without its public point or curve: cannot be identified".to_owned(),
                ),
            }
        }
        Item::DsaPrivate => {
            let (seq, _) = der::expect(der_bytes, tag::SEQUENCE).ok_or("not a DSA private key")?;
            let ints: Vec<&[u8]> = der::children(seq.content).map(|t| t.content).collect();
            let [_, p, q, g, y, _] = ints.as_slice() else {
                return Err("not a DSA private key".to_owned());
            };
            let spki = spki::dsa_spki(p, q, g, y).ok_or("unbuildable key")?;
            report_key(
                &spki,
                &private("OpenSSL traditional DSA", encoding),
                place,
                context,
                sink,
            )
        }
        Item::PublicKey => report_key(
            der_bytes,
            &public("X.509 SubjectPublicKeyInfo", encoding),
            place,
            context,
            sink,
        ),
        Item::RsaPublic => {
            let numbers = spki::rsa_public_numbers(der_bytes).ok_or("not a PKCS#1 RSAPublicKey")?;
            let spki = spki::rsa_spki(&numbers.modulus, &numbers.exponent);
            report_key(
                &spki,
                &public("PKCS#1 RSAPublicKey", encoding),
                place,
                context,
                sink,
            )
        }
        Item::DhParameters => {
            let (seq, _) = der::expect(der_bytes, tag::SEQUENCE).ok_or("not DH parameters")?;
            let p = der::children(seq.content)
                .next()
                .ok_or("not DH parameters")?;
            parameters(
                &["FFDH", "DH"],
                der::unsigned_bits(p.content),
                "DH parameters",
                place,
                context,
                sink,
            );
            Ok(())
        }
        Item::DsaParameters => {
            let (seq, _) = der::expect(der_bytes, tag::SEQUENCE).ok_or("not DSA parameters")?;
            let p = der::children(seq.content)
                .next()
                .ok_or("not DSA parameters")?;
            parameters(
                &["DSA"],
                der::unsigned_bits(p.content),
                "DSA parameters",
                place,
                context,
                sink,
            );
            Ok(())
        }
        Item::EcParameters => ec_parameters(der_bytes, place, context, sink),
        Item::Request => request(der_bytes, place, context, sink),
        Item::Crl => crl(der_bytes, place, context, sink),
        Item::Pkcs7 => pkcs7(der_bytes, place, context, sink),
    }
}

/// The name of an algorithm asset.
fn asset_name(asset: &Asset) -> &str {
    match &asset.body {
        crate::model::AssetBody::Algorithm(a) => &a.name,
        _ => "",
    }
}

/// How a key was found, for its occurrence's context.
struct Found<'a> {
    kind: KeyKind,
    format: &'a str,
    encoding: &'a str,
    note: &'a str,
    protection: Option<Protection>,
}

/// Reports a public key (given as SPKI DER) of the given kind: its algorithm and the key.
fn report_key(
    spki_der: &[u8],
    found: &Found<'_>,
    mut place: Place,
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) -> Result<(), String> {
    let facts = spki::describe_spki(context.registry, spki_der, KeyRole::Unspecified)
        .ok_or("unreadable public key")?;
    let (algorithm, mut key) = facts.into_key(found.kind, found.format);
    key.protection.clone_from(&found.protection);
    place.context = Some(format!(
        "{} {} ({}, {}{})",
        asset_name(&algorithm),
        found.kind.as_str(),
        found.format,
        found.encoding,
        found.note
    ));
    sink.found(algorithm, place.clone());
    sink.found(Asset::key(key), place);
    Ok(())
}

/// PKCS#8 OneAsymmetricKey: `SEQUENCE { version, privateKeyAlgorithm, privateKey OCTET STRING,
/// [0] attributes OPTIONAL, [1] publicKey BIT STRING OPTIONAL }` (RFC 5958).
pub(crate) fn pkcs8(
    der_bytes: &[u8],
    encoding: &str,
    protection: Option<Protection>,
    mut place: Place,
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) -> Result<(), String> {
    let (seq, _) = der::expect(der_bytes, tag::SEQUENCE).ok_or("not PKCS#8")?;
    let mut parts = der::children(seq.content);
    let _version = parts
        .next()
        .filter(|t| t.tag == tag::INTEGER)
        .ok_or("not PKCS#8")?;
    let algorithm_tlv = parts
        .next()
        .filter(|t| t.tag == tag::SEQUENCE)
        .ok_or("not PKCS#8")?;
    let algorithm = AlgorithmIdentifier::from_tlv(algorithm_tlv).ok_or("unreadable algorithm")?;
    let private_key = parts
        .next()
        .filter(|t| t.tag == tag::OCTET_STRING)
        .ok_or("not PKCS#8")?;
    let embedded_public = parts
        .find(|t| t.tag == 0x81)
        .and_then(|t| t.content.get(1..));
    let algorithm_der = der::encode(tag::SEQUENCE, algorithm_tlv.content);
    let public = embedded_public.map(<[u8]>::to_vec).or_else(|| {
        derive::public_key_bits(
            context.registry,
            &algorithm.oid,
            algorithm.parameters,
            private_key.content,
        )
    });
    let form = derive::lattice_key_form(private_key.content)
        .filter(|_| algorithm.oid.starts_with("2.16.840.1.101.3.4."))
        .map(|f| format!(", {f} form"))
        .unwrap_or_default();
    match public {
        Some(public) => {
            let spki_der = der::sequence(&[&algorithm_der, &der::bit_string(&public)]);
            let found = Found {
                note: &form,
                protection,
                ..private("PKCS#8", encoding)
            };
            report_key(&spki_der, &found, place, context, sink)
        }
        None => {
            // The public part is neither stored nor computable here (an ML-DSA seed, Ed448, an EC key
            // without its point): the key is still reported, by algorithm and by a digest of its
            // container, which reveals nothing of the key.
            let facts = spki::describe_spki(
                context.registry,
                &der::sequence(&[&algorithm_der, &der::bit_string(&[])]),
                KeyRole::Unspecified,
            )
            .ok_or("unreadable algorithm")?;
            let (algorithm_asset, mut key) = facts.into_key(KeyKind::Private, "PKCS#8");
            key.id_basis = KeyIdBasis::Container;
            key.fingerprint = spki::sha256_hex(der_bytes);
            key.protection = protection;
            // Sizes that come from the curve stand; a key length cannot be read off an absent key.
            key.size_bits = key.size_bits.filter(|bits| *bits > 0);
            let name = asset_name(&algorithm_asset).to_owned();
            place.context = Some(format!(
                "{name} private key (PKCS#8, {encoding}{form}); public part not stored in the file"
            ));
            sink.found(algorithm_asset, place.clone());
            sink.found(Asset::key(key), place);
            Ok(())
        }
    }
}

/// EncryptedPrivateKeyInfo: the key is unreadable without its password, but its protection is not.
pub(crate) fn encrypted_pkcs8(
    der_bytes: &[u8],
    encoding: &str,
    mut place: Place,
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) -> Result<(), String> {
    let (seq, _) = der::expect(der_bytes, tag::SEQUENCE).ok_or("not an EncryptedPrivateKeyInfo")?;
    let mut parts = der::children(seq.content);
    let algorithm = parts
        .next()
        .and_then(AlgorithmIdentifier::from_tlv)
        .ok_or("unreadable encryption algorithm")?;
    let _ciphertext = parts
        .next()
        .filter(|t| t.tag == tag::OCTET_STRING)
        .ok_or("no encrypted data")?;
    let protection = pbe::from_algorithm(context.registry, &algorithm).report(&place, sink);
    place.context = Some(format!(
        "encrypted private key (PKCS#8, {encoding}): {}",
        protection.description
    ));
    let key = Key {
        kind: KeyKind::Private,
        algorithm: None,
        size_bits: None,
        format: "PKCS#8 (encrypted)".to_owned(),
        id_basis: KeyIdBasis::Container,
        fingerprint: spki::sha256_hex(der_bytes),
        native_fingerprint: None,
        protection: Some(protection),
        rsa: None,
        weaknesses: Vec::new(),
    };
    sink.found(Asset::key(key), place);
    Ok(())
}

/// A traditional PEM key encrypted by OpenSSL (`Proc-Type: 4,ENCRYPTED`, `DEK-Info`): the type is in
/// the label, the size is not knowable without the password.
fn legacy_encrypted(
    item: Item,
    ciphertext: &[u8],
    dek_info: &str,
    mut place: Place,
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) -> Result<(), String> {
    let (algorithm_name, format) = match item {
        Item::RsaPrivate => ("RSA", "PKCS#1 (OpenSSL legacy encryption)"),
        Item::EcPrivate => ("ECDSA", "SEC1 (OpenSSL legacy encryption)"),
        Item::DsaPrivate => ("DSA", "OpenSSL traditional DSA (legacy encryption)"),
        _ => return Err("DEK-Info on a block that is not a traditional private key".to_owned()),
    };
    let registry = context.registry;
    let algorithm = registry.by_name(algorithm_name).map_or_else(
        || registry.unknown_name(algorithm_name, Primitive::Unknown),
        |d| d.algorithm(),
    );
    let algorithm = Asset::algorithm(algorithm);
    let protection = pbe::from_dek_info(registry, dek_info).report(&place, sink);
    place.context = Some(format!(
        "encrypted {algorithm_name} private key (PEM): {}",
        protection.description
    ));
    let key = Key {
        kind: KeyKind::Private,
        algorithm: Some(algorithm.id.clone()),
        size_bits: None,
        format: format.to_owned(),
        id_basis: KeyIdBasis::Container,
        fingerprint: spki::sha256_hex(ciphertext),
        native_fingerprint: None,
        protection: Some(protection),
        rsa: None,
        weaknesses: Vec::new(),
    };
    sink.found(algorithm, place.clone());
    sink.found(Asset::key(key), place);
    Ok(())
}

/// Domain parameters without a key: the algorithm they are for, sized by their prime.
fn parameters(
    names: &[&str],
    bits: u32,
    what: &str,
    mut place: Place,
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) {
    let registry = context.registry;
    let definition = names.iter().find_map(|n| registry.by_name(n));
    let algorithm = match definition {
        Some(d) => d.with_modulus(Some(bits)),
        None => registry.unknown_name(
            names.first().copied().unwrap_or("parameters"),
            Primitive::Unknown,
        ),
    };
    place.context = Some(format!("{what} ({bits}-bit prime)"));
    sink.found(Asset::algorithm(algorithm), place);
}

/// EC parameters: a named curve OID or explicit parameters.
fn ec_parameters(
    der_bytes: &[u8],
    mut place: Place,
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) -> Result<(), String> {
    let (element, _) = der::read(der_bytes).ok_or("not EC parameters")?;
    // An SPKI with these parameters and no key describes the curve through the one path every key takes.
    let parameters = der::encode(element.tag, element.content);
    let probe =
        spki::build_spki(oids::EC_PUBLIC_KEY, Some(&parameters), &[]).ok_or("not EC parameters")?;
    let facts = spki::describe_spki(context.registry, &probe, KeyRole::Unspecified)
        .ok_or("not EC parameters")?;
    place.context = Some(format!("EC parameters ({})", facts.algorithm.name));
    sink.found(Asset::algorithm(facts.algorithm), place);
    Ok(())
}

/// A PKCS#10 certificate request: its public key and its signature algorithm.
fn request(
    der_bytes: &[u8],
    mut place: Place,
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) -> Result<(), String> {
    let (_, csr) = X509CertificationRequest::from_der(der_bytes)
        .map_err(|e| format!("does not parse as a CSR ({e})"))?;
    let subject = x509::distinguished_name(&csr.certification_request_info.subject);
    let signature =
        x509::outer_signature_algorithm(der_bytes).ok_or("unreadable signature algorithm")?;
    let algorithm = spki::signature_algorithm(context.registry, &signature);
    place.symbol = Some("signatureAlgorithm".to_owned());
    place.context = Some(format!("signature algorithm of the CSR for {subject}"));
    sink.found(Asset::algorithm(algorithm), place.clone());
    place.symbol = Some("subjectPublicKeyInfo".to_owned());
    let facts = spki::describe_spki(
        context.registry,
        csr.certification_request_info.subject_pki.raw,
        KeyRole::Unspecified,
    )
    .ok_or("unreadable public key")?;
    let (algorithm, key) = facts.into_key(KeyKind::Public, "PKCS#10 certificate request");
    place.context = Some(format!("public key of the CSR for {subject}"));
    sink.found(algorithm, place.clone());
    sink.found(Asset::key(key), place);
    Ok(())
}

/// A CRL: who issued it and how it is signed.
fn crl(
    der_bytes: &[u8],
    mut place: Place,
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) -> Result<(), String> {
    let (_, list) = CertificateRevocationList::from_der(der_bytes)
        .map_err(|e| format!("does not parse as a CRL ({e})"))?;
    let issuer = x509::distinguished_name(list.issuer());
    let revoked = list.iter_revoked_certificates().count();
    let signature =
        x509::outer_signature_algorithm(der_bytes).ok_or("unreadable signature algorithm")?;
    let algorithm = spki::signature_algorithm(context.registry, &signature);
    place.symbol = Some("signatureAlgorithm".to_owned());
    place.context = Some(format!(
        "signature algorithm of the CRL of {issuer} ({revoked} revoked)"
    ));
    sink.found(Asset::algorithm(algorithm), place);
    Ok(())
}

/// PKCS#7 / CMS SignedData: its certificates, and the digest and signature algorithms of its signers.
fn pkcs7(
    der_bytes: &[u8],
    mut place: Place,
    context: &Context<'_>,
    sink: &mut Sink<'_>,
) -> Result<(), String> {
    let (content_info, _) = der::expect(der_bytes, tag::SEQUENCE).ok_or("not PKCS#7")?;
    let mut parts = der::children(content_info.content);
    let oid = parts
        .next()
        .filter(|t| t.tag == tag::OID)
        .and_then(|t| der::oid_string(t.content));
    if oid.as_deref() != Some(OID_SIGNED_DATA) {
        return Err("not PKCS#7 signed data".to_owned());
    }
    let explicit = parts.next().filter(|t| t.tag == 0xa0).ok_or("no content")?;
    let (signed_data, _) = der::expect(explicit.content, tag::SEQUENCE).ok_or("not SignedData")?;
    place.symbol = Some("pkcs7".to_owned());
    // SignedData: version, digestAlgorithms SET, encapContentInfo, [0] certificates, [1] crls,
    // signerInfos SET (the last field).
    let fields: Vec<Tlv<'_>> = der::children(signed_data.content).collect();
    for field in fields.iter().filter(|f| f.tag == 0xa0) {
        let mut rest = field.content;
        while let Some((element, after)) = der::read(rest) {
            let raw = rest.get(..rest.len() - after.len()).unwrap_or_default();
            if element.tag == tag::SEQUENCE
                && let Err(problem) = x509::report_certificate(raw, place.clone(), context, sink)
            {
                sink.diagnostic(
                    DiagnosticKind::Malformed,
                    format!("certificate in PKCS#7: {problem}"),
                );
            }
            rest = after;
        }
    }
    let signer_infos = fields
        .last()
        .filter(|f| f.tag == tag::SET && fields.len() > 3);
    for signer in signer_infos
        .into_iter()
        .flat_map(|f| der::children(f.content))
    {
        // SignerInfo: version, sid, digestAlgorithm, [0] signedAttrs, signatureAlgorithm, signature.
        let algorithms: Vec<AlgorithmIdentifier<'_>> = der::children(signer.content)
            .filter(|t| t.tag == tag::SEQUENCE)
            .filter_map(AlgorithmIdentifier::from_tlv)
            .collect();
        if let Some(digest) = algorithms.first() {
            let resolved = context.registry.by_oid(&digest.oid).map_or_else(
                || context.registry.unknown_oid(&digest.oid, Primitive::Hash),
                |d| d.algorithm(),
            );
            place.context = Some("digest algorithm of a PKCS#7 signer".to_owned());
            sink.found(Asset::algorithm(resolved), place.clone());
        }
        if let Some(signature) = algorithms.get(1) {
            let resolved = spki::signature_algorithm(context.registry, signature);
            place.context = Some("signature algorithm of a PKCS#7 signer".to_owned());
            sink.found(Asset::algorithm(resolved), place.clone());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_stay_sorted_for_binary_search() {
        assert!(LABELS.windows(2).all(|w| match w {
            [a, b] => a.0 < b.0,
            _ => true,
        }));
    }

    #[test]
    fn classifies_der_by_shape() {
        let int = |v: &[u8]| der::unsigned_integer(v);
        let seq = |parts: &[&[u8]]| der::sequence(parts);
        let big = [0x80u8; 64];
        let q = [0x80u8; 20];
        assert_eq!(
            classify(&seq(&[&int(&big), &int(&[2])])),
            Some(Item::DhParameters)
        );
        assert_eq!(
            classify(&seq(&[&int(&big), &int(&[1, 0, 1])])),
            Some(Item::RsaPublic)
        );
        assert_eq!(
            classify(&seq(&[&int(&big), &int(&q), &int(&big)])),
            Some(Item::DsaParameters)
        );
        assert_eq!(classify(&seq(&[&int(&[1]), &int(&[2])])), None);
        let pkcs8 = seq(&[
            &int(&[0]),
            &seq(&[&der::oid("1.3.101.112").unwrap_or_default()]),
            &der::encode(tag::OCTET_STRING, &[4, 0]),
        ]);
        assert_eq!(classify(&pkcs8), Some(Item::Pkcs8));
    }
}
