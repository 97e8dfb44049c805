//! Rust binaries: crates and their versions from source paths, and crate names from symbols.
//!
//! A Rust binary keeps the source paths of its dependencies in panic locations even when stripped:
//! `/home/u/.cargo/registry/src/index.crates.io-<hash>/ring-0.17.8/src/aead.rs`, or in Debian's
//! builds `/usr/share/cargo/registry/ring-0.17.8/src/...` and `.../debian/cargo_registry/...`. The crate directory gives the name and
//! the version. Unstripped binaries also name crates in legacy-mangled symbols (`_ZN4ring4aead...`).

/// The path pieces after which a `<crate>-<version>/` directory follows (for the first, after one
/// more component: the registry index directory). The last is Debian's build-time vendor folder.
pub const REGISTRY_MARKERS: [&[u8]; 3] =
    [b"/registry/src/", b"/cargo/registry/", b"/cargo_registry/"];

/// Splits `name-1.2.3` into the crate name and its version.
pub fn split_crate_dir(dir: &str) -> Option<(&str, &str)> {
    for (i, _) in dir.match_indices('-').collect::<Vec<_>>().into_iter().rev() {
        let (name, version) = (&dir[..i], &dir[i + 1..]);
        let mut parts = version.split(['.', '-', '+']);
        let numeric = |p: Option<&str>| {
            p.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        };
        if numeric(parts.next()) && numeric(parts.next()) && numeric(parts.next()) {
            let valid_name = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            return valid_name.then_some((name, version));
        }
    }
    None
}

/// The crate directory after a registry marker found at `offset` (`marker` is the marker's length
/// and which marker it was).
pub fn crate_at(bytes: &[u8], offset: usize, marker: &[u8]) -> Option<(String, String)> {
    let mut rest = bytes.get(offset + marker.len()..)?;
    rest = rest.get(..rest.len().min(256))?;
    if marker == REGISTRY_MARKERS[0] {
        // Skip the index directory (`index.crates.io-<hash>/`, `github.com-<hash>/`).
        let slash = memchr::memchr(b'/', rest)?;
        rest = rest.get(slash + 1..)?;
    }
    let slash = memchr::memchr(b'/', rest)?;
    let dir = std::str::from_utf8(rest.get(..slash)?).ok()?;
    let (name, version) = split_crate_dir(dir)?;
    Some((name.to_owned(), version.to_owned()))
}

/// The crate of a legacy-mangled Rust symbol (`_ZN4ring4aead...` -> `ring`), if it is one.
pub fn crate_of_symbol(symbol: &str) -> Option<&str> {
    let rest = symbol
        .strip_prefix("_ZN")
        .or_else(|| symbol.strip_prefix("__ZN"))?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let len: usize = rest.get(..digits)?.parse().ok()?;
    let name = rest.get(digits..digits.checked_add(len)?)?;
    // Crate names in symbols use `_` for `-`.
    name.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        .then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crate_directories_split_at_the_version() {
        assert_eq!(split_crate_dir("ring-0.17.8"), Some(("ring", "0.17.8")));
        assert_eq!(split_crate_dir("md-5-0.10.6"), Some(("md-5", "0.10.6")));
        assert_eq!(
            split_crate_dir("aws-lc-rs-1.0.0-rc.1"),
            Some(("aws-lc-rs", "1.0.0-rc.1"))
        );
        assert_eq!(split_crate_dir("src"), None);
    }

    #[test]
    fn crates_from_paths_and_symbols() {
        let bytes = b"xx/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/sha2-0.10.9/src/sha256.rs";
        let at = bytes
            .windows(REGISTRY_MARKERS[0].len())
            .position(|w| w == REGISTRY_MARKERS[0])
            .unwrap_or_default();
        assert_eq!(
            crate_at(bytes, at, REGISTRY_MARKERS[0]),
            Some(("sha2".to_owned(), "0.10.9".to_owned()))
        );
        let debian = b"/usr/share/cargo/registry/ring-0.17.8/src/aead.rs";
        assert_eq!(
            crate_at(debian, 10, REGISTRY_MARKERS[1]),
            Some(("ring".to_owned(), "0.17.8".to_owned()))
        );
        assert_eq!(crate_of_symbol("_ZN4ring4aead4seal17h0123E"), Some("ring"));
        assert_eq!(crate_of_symbol("_ZNSt6vectorIiE"), None);
    }
}
