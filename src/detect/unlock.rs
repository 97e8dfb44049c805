//! Opening password-protected containers with an empty or well-known default password, the way an
//! auditor checks whether `changeit` still opens a keystore.
//!
//! Implements exactly what that needs and nothing more: the PKCS#12 key derivation function (RFC 7292
//! appendix B.2) and MAC check, PKCS#12 PBE decryption (3-key and 2-key 3DES, RC2-40 and RC2-128 in
//! CBC mode) and PBES2 decryption (PBKDF2 with HMAC-SHA-1/224/256/384/512, then AES-128/192/256-CBC
//! or 3DES-CBC). Decrypted bytes are handed to the readers that take public facts from them and then
//! dropped; passwords are never reported, only whether a default one worked.
//!
//! Work is bounded on hostile input: iteration counts above [`MAX_ITERATIONS`] are not attempted.

use aes::{Aes128, Aes192, Aes256};
use cbc::Decryptor;
use cipher::block_padding::Pkcs7;
use cipher::{BlockCipherDecrypt, BlockModeDecrypt, KeyIvInit};
use des::{TdesEde2, TdesEde3};
use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};

use super::pbe::small_integer;
use super::spki::AlgorithmIdentifier;
use crate::der::{self, Tlv, tag};

/// The most iterations of a KDF that one password attempt may cost.
pub const MAX_ITERATIONS: u64 = 1_000_000;

/// Passwords tried on every keystore: empty, then the defaults that ship with Java, Tomcat and
/// countless tutorials. `--keystore-password` adds more.
pub const DEFAULT_PASSWORDS: [&str; 8] = [
    "", "changeit", "password", "changeme", "secret", "123456", "keystore", "default",
];

/// A hash function used by the PKCS#12 KDF, HMAC and PBKDF2.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HashFunction {
    /// SHA-1.
    Sha1,
    /// SHA-224.
    Sha224,
    /// SHA-256.
    Sha256,
    /// SHA-384.
    Sha384,
    /// SHA-512.
    Sha512,
}

impl HashFunction {
    /// The hash named by a digest OID (id-sha1, id-sha256, ...) or an HMAC OID (hmacWithSHA256, ...).
    pub fn from_oid(oid: &str) -> Option<Self> {
        match oid {
            "1.3.14.3.2.26" | "1.2.840.113549.2.7" => Some(HashFunction::Sha1),
            "2.16.840.1.101.3.4.2.4" | "1.2.840.113549.2.8" => Some(HashFunction::Sha224),
            "2.16.840.1.101.3.4.2.1" | "1.2.840.113549.2.9" => Some(HashFunction::Sha256),
            "2.16.840.1.101.3.4.2.2" | "1.2.840.113549.2.10" => Some(HashFunction::Sha384),
            "2.16.840.1.101.3.4.2.3" | "1.2.840.113549.2.11" => Some(HashFunction::Sha512),
            _ => None,
        }
    }

    fn block_size(self) -> usize {
        match self {
            HashFunction::Sha384 | HashFunction::Sha512 => 128,
            _ => 64,
        }
    }

    fn digest(self, data: &[u8]) -> Vec<u8> {
        match self {
            HashFunction::Sha1 => Sha1::digest(data).to_vec(),
            HashFunction::Sha224 => Sha224::digest(data).to_vec(),
            HashFunction::Sha256 => Sha256::digest(data).to_vec(),
            HashFunction::Sha384 => Sha384::digest(data).to_vec(),
            HashFunction::Sha512 => Sha512::digest(data).to_vec(),
        }
    }

    /// Whether HMAC(key, data) equals `tag` (constant-time comparison).
    fn hmac_matches(self, key: &[u8], data: &[u8], tag: &[u8]) -> bool {
        fn check<M: Mac + KeyInit>(key: &[u8], data: &[u8], tag: &[u8]) -> bool {
            match <M as KeyInit>::new_from_slice(key) {
                Ok(mut mac) => {
                    mac.update(data);
                    mac.verify_slice(tag).is_ok()
                }
                Err(_) => false,
            }
        }
        match self {
            HashFunction::Sha1 => check::<Hmac<Sha1>>(key, data, tag),
            HashFunction::Sha224 => check::<Hmac<Sha224>>(key, data, tag),
            HashFunction::Sha256 => check::<Hmac<Sha256>>(key, data, tag),
            HashFunction::Sha384 => check::<Hmac<Sha384>>(key, data, tag),
            HashFunction::Sha512 => check::<Hmac<Sha512>>(key, data, tag),
        }
    }

    fn pbkdf2(self, password: &[u8], salt: &[u8], rounds: u32, out: &mut [u8]) {
        match self {
            HashFunction::Sha1 => pbkdf2::pbkdf2_hmac::<Sha1>(password, salt, rounds, out),
            HashFunction::Sha224 => pbkdf2::pbkdf2_hmac::<Sha224>(password, salt, rounds, out),
            HashFunction::Sha256 => pbkdf2::pbkdf2_hmac::<Sha256>(password, salt, rounds, out),
            HashFunction::Sha384 => pbkdf2::pbkdf2_hmac::<Sha384>(password, salt, rounds, out),
            HashFunction::Sha512 => pbkdf2::pbkdf2_hmac::<Sha512>(password, salt, rounds, out),
        }
    }
}

/// A password as PKCS#12 encodes it for its own KDF: UTF-16 big-endian with a terminating zero.
pub fn bmp_password(password: &str) -> Vec<u8> {
    if password.is_empty() {
        // RFC 7292 B.1: the empty password is the empty string, but OpenSSL encodes it as the
        // two-byte terminator; callers try both.
        return Vec::new();
    }
    let mut out: Vec<u8> = password.encode_utf16().flat_map(u16::to_be_bytes).collect();
    out.extend_from_slice(&[0, 0]);
    out
}

/// The PKCS#12 key derivation function (RFC 7292 appendix B.2). `id` is 1 for keys, 2 for IVs and
/// 3 for MAC keys.
pub fn pkcs12_kdf(
    hash: HashFunction,
    password: &[u8],
    salt: &[u8],
    iterations: u64,
    id: u8,
    length: usize,
) -> Option<Vec<u8>> {
    if iterations == 0 || iterations > MAX_ITERATIONS || length > 1024 {
        return None;
    }
    let v = hash.block_size();
    let repeat = |data: &[u8]| -> Vec<u8> {
        if data.is_empty() {
            return Vec::new();
        }
        let len = data.len().div_ceil(v) * v;
        data.iter().copied().cycle().take(len).collect()
    };
    let mut i_block = repeat(salt);
    i_block.extend(repeat(password));
    let d = vec![id; v];
    let mut out = Vec::with_capacity(length);
    while out.len() < length {
        let mut a = hash.digest(&[d.as_slice(), i_block.as_slice()].concat());
        for _ in 1..iterations {
            a = hash.digest(&a);
        }
        let b: Vec<u8> = a.iter().copied().cycle().take(v).collect();
        // I_j = (I_j + B + 1) mod 2^(8v) for every v-byte block of I.
        for chunk in i_block.chunks_mut(v) {
            let mut carry = 1u16;
            for (x, y) in chunk.iter_mut().rev().zip(b.iter().rev()) {
                let sum = u16::from(*x) + u16::from(*y) + carry;
                *x = (sum & 0xff) as u8;
                carry = sum >> 8;
            }
        }
        out.extend_from_slice(&a);
    }
    out.truncate(length);
    Some(out)
}

/// Checks a PKCS#12 MAC (`MacData`) for one password; `None` when the MAC cannot be checked here
/// (an unsupported digest, too many iterations).
pub fn pkcs12_mac_matches(
    digest_oid: &str,
    digest: &[u8],
    salt: &[u8],
    iterations: u64,
    password: &[u8],
    data: &[u8],
) -> Option<bool> {
    let hash = HashFunction::from_oid(digest_oid)?;
    let key = pkcs12_kdf(hash, password, salt, iterations, 3, digest.len())?;
    Some(hash.hmac_matches(&key, data, digest))
}

fn cbc_decrypt<C>(key: &[u8], iv: &[u8], ciphertext: &[u8]) -> Option<Vec<u8>>
where
    C: BlockCipherDecrypt,
    Decryptor<C>: KeyIvInit + BlockModeDecrypt,
{
    let mut buffer = ciphertext.to_vec();
    let decryptor = Decryptor::<C>::new_from_slices(key, iv).ok()?;
    let plain = decryptor.decrypt_padded::<Pkcs7>(&mut buffer).ok()?;
    Some(plain.to_vec())
}

fn rc2_cbc_decrypt(
    key: &[u8],
    effective_bits: usize,
    iv: &[u8],
    ciphertext: &[u8],
) -> Option<Vec<u8>> {
    use cipher::InnerIvInit;
    let rc2 = rc2::Rc2::new_with_eff_key_len(key, effective_bits);
    let decryptor = Decryptor::<rc2::Rc2>::inner_iv_slice_init(rc2, iv).ok()?;
    let mut buffer = ciphertext.to_vec();
    let plain = decryptor.decrypt_padded::<Pkcs7>(&mut buffer).ok()?;
    Some(plain.to_vec())
}

/// `SEQUENCE { salt OCTET STRING, iterations INTEGER }`.
fn salt_iterations(parameters: Option<Tlv<'_>>) -> Option<(&[u8], u64)> {
    let params = parameters.filter(|p| p.tag == tag::SEQUENCE)?;
    let mut parts = der::children(params.content);
    let salt = parts.next().filter(|t| t.tag == tag::OCTET_STRING)?;
    let iterations = small_integer(parts.next()?)?;
    Some((salt.content, iterations))
}

/// Decrypts data protected by a PKCS#12 PBE scheme or by PBES2. PKCS#12 schemes take the password
/// in its BMP form; PBES2 takes the UTF-8 bytes. `None` if the scheme is unsupported, the work is
/// too large, or the password is wrong (bad padding).
pub fn decrypt(
    algorithm: &AlgorithmIdentifier<'_>,
    password: &str,
    ciphertext: &[u8],
) -> Option<Vec<u8>> {
    match algorithm.oid.as_str() {
        "1.2.840.113549.1.5.13" => {
            pbes2_decrypt(algorithm.parameters, password.as_bytes(), ciphertext)
        }
        oid if oid.starts_with("1.2.840.113549.1.12.1.") => {
            let (salt, iterations) = salt_iterations(algorithm.parameters)?;
            let candidates = if password.is_empty() {
                vec![Vec::new(), vec![0, 0]]
            } else {
                vec![bmp_password(password)]
            };
            candidates.iter().find_map(|bmp| {
                let kdf = |id: u8, len: usize| {
                    pkcs12_kdf(HashFunction::Sha1, bmp, salt, iterations, id, len)
                };
                match oid {
                    "1.2.840.113549.1.12.1.3" => {
                        cbc_decrypt::<TdesEde3>(&kdf(1, 24)?, &kdf(2, 8)?, ciphertext)
                    }
                    "1.2.840.113549.1.12.1.4" => {
                        cbc_decrypt::<TdesEde2>(&kdf(1, 16)?, &kdf(2, 8)?, ciphertext)
                    }
                    "1.2.840.113549.1.12.1.5" => {
                        rc2_cbc_decrypt(&kdf(1, 16)?, 128, &kdf(2, 8)?, ciphertext)
                    }
                    "1.2.840.113549.1.12.1.6" => {
                        rc2_cbc_decrypt(&kdf(1, 5)?, 40, &kdf(2, 8)?, ciphertext)
                    }
                    _ => None,
                }
            })
        }
        _ => None,
    }
}

/// PBES2 with PBKDF2 and a CBC cipher.
fn pbes2_decrypt(
    parameters: Option<Tlv<'_>>,
    password: &[u8],
    ciphertext: &[u8],
) -> Option<Vec<u8>> {
    let params = parameters.filter(|p| p.tag == tag::SEQUENCE)?;
    let mut parts = der::children(params.content);
    let kdf = AlgorithmIdentifier::from_tlv(parts.next()?)?;
    let scheme = AlgorithmIdentifier::from_tlv(parts.next()?)?;
    if kdf.oid != "1.2.840.113549.1.5.12" {
        return None;
    }
    let fields: Vec<Tlv<'_>> =
        der::children(kdf.parameters.filter(|p| p.tag == tag::SEQUENCE)?.content).collect();
    let salt = fields
        .first()
        .filter(|t| t.tag == tag::OCTET_STRING)?
        .content;
    let iterations = small_integer(*fields.get(1)?)?;
    if iterations == 0 || iterations > MAX_ITERATIONS {
        return None;
    }
    let prf = fields
        .iter()
        .skip(2)
        .find(|t| t.tag == tag::SEQUENCE)
        .and_then(|t| AlgorithmIdentifier::from_tlv(*t))
        .map_or(Some(HashFunction::Sha1), |a| HashFunction::from_oid(&a.oid))?;
    let iv = scheme
        .parameters
        .filter(|p| p.tag == tag::OCTET_STRING)?
        .content;
    let key_length = match scheme.oid.as_str() {
        "2.16.840.1.101.3.4.1.2" => 16,
        "2.16.840.1.101.3.4.1.22" => 24,
        "2.16.840.1.101.3.4.1.42" => 32,
        "1.2.840.113549.3.7" => 24,
        _ => return None,
    };
    let mut key = vec![0u8; key_length];
    prf.pbkdf2(password, salt, u32::try_from(iterations).ok()?, &mut key);
    match scheme.oid.as_str() {
        "2.16.840.1.101.3.4.1.2" => cbc_decrypt::<Aes128>(&key, iv, ciphertext),
        "2.16.840.1.101.3.4.1.22" => cbc_decrypt::<Aes192>(&key, iv, ciphertext),
        "2.16.840.1.101.3.4.1.42" => cbc_decrypt::<Aes256>(&key, iv, ciphertext),
        _ => cbc_decrypt::<TdesEde3>(&key, iv, ciphertext),
    }
}

/// A password as Java's keystores feed it to their hashes: each UTF-16 code unit, big-endian.
pub fn java_password(password: &str) -> Vec<u8> {
    password.encode_utf16().flat_map(u16::to_be_bytes).collect()
}

/// Whether a JKS or JCEKS keystore's trailing integrity digest matches a password:
/// SHA-1(password || "Mighty Aphrodite" || keystore), as OpenJDK's JavaKeyStore computes it.
pub fn java_keystore_digest_matches(password: &str, contents: &[u8], digest: &[u8]) -> bool {
    let mut hash = Sha1::new();
    hash.update(java_password(password));
    hash.update(b"Mighty Aphrodite");
    hash.update(contents);
    hash.finalize().as_slice() == digest
}

/// Decrypts data sealed with SunJCE's `PBEWithMD5AndTripleDES` (JCEKS key protection): the two salt
/// halves (swapped when equal) are each hashed with the password `iterations` times with MD5, giving
/// a 3DES key and IV.
pub fn pbe_md5_triple_des_decrypt(
    password: &str,
    salt: &[u8],
    iterations: u64,
    ciphertext: &[u8],
) -> Option<Vec<u8>> {
    if salt.len() != 8 || iterations == 0 || iterations > MAX_ITERATIONS {
        return None;
    }
    let mut salt = salt.to_vec();
    if salt.get(..4) == salt.get(4..) {
        salt.swap(0, 3);
        salt.swap(1, 2);
    }
    // Each char of the password contributes its low byte.
    let password: Vec<u8> = password
        .chars()
        .map(|c| (u32::from(c) & 0xff) as u8)
        .collect();
    let mut derived = Vec::with_capacity(32);
    for half in salt.chunks(4) {
        let mut block = half.to_vec();
        for _ in 0..iterations {
            let mut hash = md5::Md5::new();
            hash.update(&block);
            hash.update(&password);
            block = hash.finalize().to_vec();
        }
        derived.extend_from_slice(&block);
    }
    cbc_decrypt::<TdesEde3>(derived.get(..24)?, derived.get(24..32)?, ciphertext)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pkcs12_kdf_matches_known_vectors() {
        // Test vectors from the BouncyCastle PKCS12 KDF tests (SHA-1, password "smeg", ID 1 and 2).
        let password = bmp_password("smeg");
        let salt = hex::decode("0A58CF64530D823F").unwrap_or_default();
        let key = pkcs12_kdf(HashFunction::Sha1, &password, &salt, 1, 1, 24).map(hex::encode);
        assert_eq!(
            key.as_deref(),
            Some("8aaae6297b6cb04642ab5b077851284eb7128f1a2a7fbca3")
        );
        let iv = pkcs12_kdf(HashFunction::Sha1, &password, &salt, 1, 2, 8).map(hex::encode);
        assert_eq!(iv.as_deref(), Some("79993dfe048d3b76"));
    }

    #[test]
    fn refuses_hostile_iteration_counts() {
        assert_eq!(
            pkcs12_kdf(HashFunction::Sha1, b"", b"salt", MAX_ITERATIONS + 1, 1, 8),
            None
        );
        assert_eq!(pkcs12_kdf(HashFunction::Sha1, b"", b"salt", 0, 1, 8), None);
    }

    #[test]
    fn bmp_passwords_end_with_a_zero_code_unit() {
        assert_eq!(bmp_password("ab"), vec![0, b'a', 0, b'b', 0, 0]);
        assert!(bmp_password("").is_empty());
    }
}
