//! Go binaries: the build information (Go version, main module, dependencies) and the crypto
//! functions in the function-name table.
//!
//! Build information (Go >= 1.18) sits behind the 14-byte magic `\xff Go buildinf:`: a 16-byte
//! header (pointer size, flags; flag bit 2 = strings inline), then two varint-prefixed strings, the
//! Go version and the module information (`path`, `mod` and `dep` lines between 16-byte sentinels),
//! as Go's `debug/buildinfo` reads them. Older binaries store pointers instead; they are reported
//! as Go binaries of unknown version.
//!
//! Function names are NUL-terminated in the pclntab's name table in every Go version, and they stay
//! in stripped binaries (the runtime needs them for tracebacks). They are found by searching for the
//! package paths of interest and taking the NUL-delimited string around each hit, so no pclntab
//! layout (which changed in 1.2, 1.16, 1.18 and 1.20) has to be parsed.

use memchr::memmem;

/// The build information magic.
pub const BUILD_INFO_MAGIC: &[u8] = b"\xff Go buildinf:";

/// Flag in the header: the version and module strings follow inline (Go >= 1.18).
const FLAG_INLINE: u8 = 0x2;

/// What the build information says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BuildInfo {
    /// Offset of the magic in the file.
    pub offset: usize,
    /// Go toolchain version (`go1.22.4`), if readable.
    pub go_version: Option<String>,
    /// The main module's path.
    pub path: Option<String>,
    /// Dependencies: (module path, version), replacements applied.
    pub deps: Vec<(String, String)>,
}

fn varint(bytes: &[u8]) -> Option<(usize, usize)> {
    let mut value: u64 = 0;
    for (i, b) in bytes.iter().take(10).enumerate() {
        value |= u64::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return Some((usize::try_from(value).ok()?, i + 1));
        }
    }
    None
}

fn inline_string(bytes: &[u8]) -> Option<(&[u8], usize)> {
    let (len, used) = varint(bytes)?;
    let end = used.checked_add(len)?;
    Some((bytes.get(used..end)?, end))
}

/// Reads the build information at a magic found at `offset`.
pub fn build_info(bytes: &[u8], offset: usize) -> BuildInfo {
    let mut info = BuildInfo {
        offset,
        ..BuildInfo::default()
    };
    let Some(header) = bytes.get(offset..offset.saturating_add(32)) else {
        return info;
    };
    if header.get(15).is_none_or(|flags| flags & FLAG_INLINE == 0) {
        return info;
    }
    let Some(rest) = bytes.get(offset + 32..) else {
        return info;
    };
    let Some((version, used)) = inline_string(rest) else {
        return info;
    };
    if version.starts_with(b"go") && version.len() < 64 {
        info.go_version = Some(String::from_utf8_lossy(version).into_owned());
    }
    let Some((modinfo, _)) = rest.get(used..).and_then(inline_string) else {
        return info;
    };
    // Between 16-byte sentinels, as Go's debug/buildinfo strips them.
    let modinfo = match modinfo.len() {
        len if len >= 33 && modinfo[len - 17] == b'\n' => &modinfo[16..len - 16],
        _ => modinfo,
    };
    let text = String::from_utf8_lossy(modinfo);
    let mut deps: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        match fields.as_slice() {
            ["path", path, ..] => info.path = Some((*path).to_owned()),
            ["dep", path, version, ..] => deps.push(((*path).to_owned(), (*version).to_owned())),
            ["=>", path, version, ..] => {
                if let Some(last) = deps.last_mut() {
                    *last = ((*path).to_owned(), (*version).to_owned());
                }
            }
            _ => {}
        }
    }
    info.deps = deps;
    info
}

/// Pieces of package paths whose functions are looked up in the function-name table (besides the
/// crypto module paths of `rules/binary/packages.toml`): `crypto/` inside a path, `crypto.` at the
/// end of one (`crypto.RegisterHash`, `.../gokrb5/v8/crypto.GetEtype`), CIRCL's packages.
pub const FUNCTION_ROOTS: [&str; 3] = ["crypto/", "crypto.", "circl/"];

/// Longest function name taken.
const MAX_NAME: usize = 256;

/// Every NUL-delimited string containing one of `roots` that looks like a Go function name, with
/// its offset, each once; at most `limit` of them.
pub fn function_names<'b>(bytes: &'b [u8], roots: &[&str], limit: usize) -> Vec<(usize, &'b str)> {
    let mut names = Vec::new();
    let mut starts = std::collections::HashSet::new();
    for root in roots {
        let mut last_end = 0;
        for hit in memmem::find_iter(bytes, root.as_bytes()) {
            if hit < last_end {
                continue;
            }
            let window_start = hit.saturating_sub(MAX_NAME);
            let Some(start) = bytes
                .get(window_start..hit)
                .and_then(|w| memchr::memrchr(0, w))
                .map(|i| window_start + i + 1)
            else {
                continue;
            };
            let Some(end) = bytes
                .get(hit..hit.saturating_add(MAX_NAME).min(bytes.len()))
                .and_then(|w| memchr::memchr(0, w))
                .map(|i| hit + i)
            else {
                continue;
            };
            last_end = end;
            let Some(name) = bytes
                .get(start..end)
                .and_then(|b| std::str::from_utf8(b).ok())
            else {
                continue;
            };
            // Function names have a package path, a dot and no spaces or colons; the file table's
            // source paths (`crypto/aes/cipher.go`) are not functions.
            if name.contains([' ', ':', '\t'])
                || !name.contains('.')
                || [".go", ".s", ".c", ".h"].iter().any(|e| name.ends_with(e))
            {
                continue;
            }
            if !starts.insert(start) {
                continue;
            }
            names.push((start, name));
            if names.len() >= limit {
                return names;
            }
        }
    }
    names
}

/// The package of a Go function name: the path up to the first `.` after the last `/`
/// (`crypto/aes.(*aesCipher).Encrypt` is `crypto/aes`), with a leading `vendor/` removed.
pub fn package_of(name: &str) -> Option<&str> {
    let name = name.strip_prefix("vendor/").unwrap_or(name);
    let last_slash = name.rfind('/').map_or(0, |i| i + 1);
    let dot = name.get(last_slash..)?.find('.')? + last_slash;
    name.get(..dot).filter(|p| {
        !p.is_empty()
            && p.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"_./-~".contains(&b))
    })
}

/// Whether a package path is cryptography by its name: the standard library's `crypto/...`, or a
/// path with a `crypto` element (`golang.org/x/crypto/...`, `github.com/x/crypto/...`).
pub fn is_crypto_package(path: &str) -> bool {
    path.starts_with("crypto/") || path == "crypto" || path.split('/').any(|part| part == "crypto")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_varint(s: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut len = s.len();
        while len >= 0x80 {
            out.push(u8::try_from(len & 0x7f).unwrap_or(0) | 0x80);
            len >>= 7;
        }
        out.push(u8::try_from(len).unwrap_or(0));
        out.extend_from_slice(s);
        out
    }

    #[test]
    fn reads_inline_build_info() {
        let mut bytes = b"junk".to_vec();
        bytes.extend_from_slice(BUILD_INFO_MAGIC);
        bytes.extend_from_slice(&[8, 2]);
        bytes.resize(4 + 32, 0);
        bytes.extend(with_varint(b"go1.24.1"));
        let sentinel = [0x30u8; 16];
        let mut modinfo = sentinel.to_vec();
        modinfo.extend_from_slice(
            b"path\texample.com/x\nmod\texample.com/x\t(devel)\t\n\
              dep\tgolang.org/x/crypto\tv0.31.0\th1:abc=\n\
              dep\tgithub.com/a/b\tv1.0.0\th1:x=\n=>\tgithub.com/c/d\tv1.2.0\th1:y=\n",
        );
        modinfo.extend_from_slice(&sentinel);
        bytes.extend(with_varint(&modinfo));
        let info = build_info(&bytes, 4);
        assert_eq!(info.go_version.as_deref(), Some("go1.24.1"));
        assert_eq!(info.path.as_deref(), Some("example.com/x"));
        assert_eq!(
            info.deps,
            vec![
                ("golang.org/x/crypto".to_owned(), "v0.31.0".to_owned()),
                ("github.com/c/d".to_owned(), "v1.2.0".to_owned())
            ]
        );
    }

    #[test]
    fn packages_of_function_names() {
        assert_eq!(
            package_of("crypto/aes.(*aesCipher).Encrypt"),
            Some("crypto/aes")
        );
        assert_eq!(
            package_of("vendor/golang.org/x/crypto/chacha20poly1305.New"),
            Some("golang.org/x/crypto/chacha20poly1305")
        );
        assert_eq!(package_of("main.main"), Some("main"));
        assert_eq!(package_of("golang.org/x/crypto/blowfish*agessh.New"), None);
        assert!(is_crypto_package("github.com/jacobsa/crypto/siv"));
        assert!(!is_crypto_package("github.com/cryptoscope/x"));
    }

    #[test]
    fn finds_nul_delimited_function_names() {
        let bytes = b"\0main.main\0crypto/sha256.Sum256\0crypto/aes: invalid key size\0x/crypto/aes/aes.go\0";
        let names: Vec<&str> = function_names(bytes, &FUNCTION_ROOTS, 10)
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        assert_eq!(names, ["crypto/sha256.Sum256"]);
    }
}
