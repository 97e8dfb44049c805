//! JCA transformation strings (`AES/GCM/NoPadding`, `RSA/ECB/OAEPWithSHA-256AndMGF1Padding`,
//! `AES_256/CBC/PKCS5Padding`, `DES`), read the way SunJCE reads them: shared by the source-code
//! rules (`Cipher.getInstance(...)`) and the JVM detector (string constants of class files).

use crate::model::Primitive;
use crate::registry::Registry;

/// What a transformation says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transformation {
    /// The base name to compose (`AES`, `RSA-OAEP-SHA-256`, `RSA-PKCS1-1.5`).
    pub base: String,
    /// A key size the name fixes (`AES_256`).
    pub size: Option<u32>,
    /// The mode, upper-case; `ECB` when a block cipher is named alone (SunJCE's default).
    pub mode: Option<String>,
    /// Why a mode was assumed.
    pub note: Option<&'static str>,
}

/// Reads a transformation: `ALG/MODE/PADDING`, or `ALG` alone, which SunJCE runs in ECB.
pub fn transformation(registry: &Registry, text: &str) -> Transformation {
    let mut parts = text.split('/');
    let algorithm = parts.next().unwrap_or_default().trim().to_owned();
    let mode = parts.next().map(|m| m.trim().to_owned());
    let padding = parts.next().map(|p| p.trim().to_ascii_uppercase());
    let upper = algorithm.to_ascii_uppercase();
    let plain = |base: String| Transformation {
        base,
        size: None,
        mode: None,
        note: None,
    };
    if upper == "RSA" {
        return plain(match padding.as_deref() {
            Some(p) if p.starts_with("OAEPWITH") => {
                let hash = p
                    .trim_start_matches("OAEPWITH")
                    .split("AND")
                    .next()
                    .unwrap_or_default();
                format!("RSA-OAEP-{hash}")
            }
            Some("OAEPPADDING") => "RSA-OAEP".to_owned(),
            Some("PKCS1PADDING") | None => "RSA-PKCS1-1.5".to_owned(),
            _ => algorithm,
        });
    }
    // "AES_256" names the key size.
    let (base, size) = match algorithm.split_once('_') {
        Some((base, size)) if size.chars().all(|c| c.is_ascii_digit()) => {
            (base.to_owned(), size.parse().ok())
        }
        _ => (algorithm.clone(), None),
    };
    // Only a block cipher has a mode to default (SunJCE: ECB); stream ciphers, AEADs and
    // password-based schemes have none.
    let block = registry
        .by_name(&base)
        .is_some_and(|d| d.algorithm().primitive == Primitive::BlockCipher);
    let stream = !block || upper.starts_with("PBE");
    let (mode, note) = match mode {
        Some(mode) if !mode.eq_ignore_ascii_case("NONE") => (Some(mode.to_ascii_uppercase()), None),
        None if !stream => (
            Some("ECB".to_owned()),
            Some("no mode given: the JCA default is ECB"),
        ),
        _ => (None, None),
    };
    Transformation {
        base,
        size,
        mode,
        note,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::testing::registry;

    #[test]
    fn transformations_read_as_sunjce_does() {
        let read = |t: &str| transformation(registry(), t);
        assert_eq!(read("AES_256/GCM/NoPadding").size, Some(256));
        assert_eq!(read("AES_256/GCM/NoPadding").mode.as_deref(), Some("GCM"));
        assert_eq!(read("AES").mode.as_deref(), Some("ECB"));
        assert!(read("AES").note.is_some());
        assert_eq!(read("ChaCha20-Poly1305").mode, None);
        assert_eq!(
            read("RSA/ECB/OAEPWithSHA-256AndMGF1Padding").base,
            "RSA-OAEP-SHA-256"
        );
        assert_eq!(read("RSA").base, "RSA-PKCS1-1.5");
    }
}
