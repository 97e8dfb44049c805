//! Binaries: the fixtures `tests/fixtures/make-binary-fixtures.sh` built with gcc, musl, mingw, clang
//! and lld, Go, cargo and javac (facts in `tests/fixtures/binaries/MANIFEST.md`) are reported with
//! exactly their linked libraries, symbols, constants, build information and strings, each at its
//! byte offset; and a real library file (the machine's libcrypto) with its version, capabilities and
//! the algorithms it provides, which are inventoried but not scored.

use std::sync::OnceLock;

use serde_json::Value;

use crate::support::{arg, components, fixture, property, scan_json};

/// The fixtures' CBOM (1.6; the 1.7 one is validated too), scanned once.
fn bom() -> &'static Value {
    static BOM: OnceLock<Value> = OnceLock::new();
    BOM.get_or_init(|| {
        let dir = fixture("binaries");
        scan_json(&["--spec-version", "1.7", arg(&dir)]);
        scan_json(&[arg(&dir)])
    })
}

/// One occurrence of a component at a file: the component's name, type, symbol, offset, context.
#[derive(Debug, Clone, PartialEq)]
struct Seen {
    name: String,
    kind: String,
    symbol: String,
    offset: Option<u64>,
    context: String,
}

/// Every occurrence at this file (a path relative to `tests/fixtures/binaries`).
fn seen_at(file: &str) -> Vec<Seen> {
    let mut seen = Vec::new();
    for component in components(bom()) {
        for occurrence in component["evidence"]["occurrences"]
            .as_array()
            .into_iter()
            .flatten()
        {
            if occurrence["location"] == file {
                seen.push(Seen {
                    name: component["name"].as_str().unwrap_or_default().to_owned(),
                    kind: component["type"].as_str().unwrap_or_default().to_owned(),
                    symbol: occurrence["symbol"].as_str().unwrap_or_default().to_owned(),
                    offset: occurrence["offset"].as_u64(),
                    context: occurrence["additionalContext"]
                        .as_str()
                        .unwrap_or_default()
                        .to_owned(),
                });
            }
        }
    }
    seen
}

/// The occurrence at a file with this symbol, of a component with this name.
fn one(file: &str, name: &str, symbol: &str) -> Seen {
    let seen = seen_at(file);
    seen.iter()
        .find(|s| s.name == name && s.symbol == symbol)
        .cloned()
        .unwrap_or_else(|| panic!("{file}: no {name} seen as {symbol}; seen: {seen:#?}"))
}

/// Names of the algorithm components seen at a file, sorted and deduplicated.
fn algorithms_at(file: &str) -> Vec<String> {
    let mut names: Vec<String> = seen_at(file)
        .into_iter()
        .filter(|s| s.kind == "cryptographic-asset")
        .map(|s| s.name)
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The library component linked under this name.
fn library(linked_as: &str) -> &'static Value {
    components(bom())
        .find(|c| {
            c["type"] == "library"
                && property(c, "cryptoscope:library:linked-as") == Some(linked_as)
        })
        .unwrap_or_else(|| panic!("no library linked as {linked_as}"))
}

/// Offset of the first occurrence of `needle` in a fixture file.
fn offset_of(file: &str, needle: &[u8]) -> u64 {
    let bytes = std::fs::read(fixture("binaries").join(file)).unwrap_or_else(|e| panic!("{e}"));
    let at = bytes
        .windows(needle.len())
        .position(|w| w == needle)
        .unwrap_or_else(|| panic!("{file}: {needle:?} not in the file"));
    u64::try_from(at).unwrap_or_default()
}

#[test]
fn elf_linking_libcrypto_reports_the_library_and_each_imported_algorithm() {
    let file = "c-libcrypto";
    let link = one(file, "OpenSSL libcrypto", "libcrypto.so.3");
    assert_eq!(link.context, "DT_NEEDED libcrypto.so.3");
    assert_eq!(link.offset, Some(offset_of(file, b"libcrypto.so.3\0")));
    assert_eq!(library("libcrypto.so.3")["purl"], "pkg:generic/openssl");
    for (algorithm, symbol) in [
        ("AES-256-GCM", "EVP_aes_256_gcm"),
        ("SHA-256", "EVP_sha256"),
        ("SHA-1", "EVP_sha1"),
        ("MD5", "EVP_md5"),
        ("RSA", "RSA_generate_key_ex"),
    ] {
        let seen = one(file, algorithm, symbol);
        assert_eq!(
            seen.offset,
            Some(offset_of(file, &[symbol.as_bytes(), b"\0"].concat()))
        );
        assert!(seen.context.ends_with("from libcrypto.so.3"), "{seen:?}");
    }
    // Generic APIs (EVP_EncryptInit_ex, BN_new) name no algorithm; the EC key calls say ECDSA
    // without a curve, which the binary does not show (NID_X9_62_prime256v1 is an integer operand).
    assert_eq!(
        algorithms_at(file),
        ["AES-256-GCM", "ECDSA", "MD5", "RSA", "SHA-1", "SHA-256"]
    );
}

#[test]
fn generic_library_apis_report_the_libraries_and_no_algorithm() {
    let file = "c-gnutls-gcrypt";
    assert_eq!(
        one(file, "GnuTLS", "libgnutls.so.30").context,
        "DT_NEEDED libgnutls.so.30"
    );
    assert_eq!(
        one(file, "Libgcrypt", "libgcrypt.so.20").context,
        "DT_NEEDED libgcrypt.so.20"
    );
    // gcry_cipher_open and gnutls_cipher_init take the algorithm as an integer: nothing is claimed.
    assert!(algorithms_at(file).is_empty(), "{:?}", algorithms_at(file));
    // The version is not in a binary that links the library: unknown, never guessed.
    assert_eq!(
        property(library("libgnutls.so.30"), "cryptoscope:library:version"),
        Some("unknown")
    );
    assert_eq!(library("libgnutls.so.30").get("version"), None);
}

#[test]
fn a_library_declared_in_a_dlopen_note_is_reported_as_loaded_at_run_time() {
    let file = "c-dlopen-note";
    let link = one(file, "Libgcrypt", "libgcrypt.so.20");
    // MANIFEST.md: the soname at 1048 (0x418) in `.note.dlopen`.
    assert_eq!(link.offset, Some(1048));
    assert_eq!(
        link.context,
        "ELF dlopen note (loaded at run time) libgcrypt.so.20 (feature gcrypt, priority suggested)"
    );
    assert!(algorithms_at(file).is_empty());
}

#[test]
fn static_implementations_are_found_by_their_constants_only_where_specific() {
    let file = "c-static-aes";
    // Offsets from MANIFEST.md: S-box 0x61a0, K table 0x6080, first MD5 immediate 0x1743.
    let aes = one(file, "AES", "aes-sbox");
    assert_eq!(aes.offset, Some(0x61a0));
    assert!(
        aes.context.starts_with("constant: AES forward S-box"),
        "{aes:?}"
    );
    assert_eq!(one(file, "SHA-256", "sha256-k").offset, Some(0x6080));
    assert!(
        one(file, "SHA-256", "sha256-k")
            .context
            .contains("also SHA-224")
    );
    let md5 = one(file, "MD5", "md5-t-immediates");
    assert!(md5.context.contains("code immediates"), "{md5:?}");
    // The SHA-256 initial hash value at 0x6060 is also BLAKE2s's and BLAKE3's IV: it claims
    // nothing, and neither does MD5's initial state (shared with SHA-1).
    assert!(
        seen_at(file).iter().all(|s| s.offset != Some(0x6060)),
        "{:#?}",
        seen_at(file)
    );
    assert!(!algorithms_at(file).contains(&"SHA-1".to_owned()));
    // The embedded DER certificate (0x6360) and PEM public key (0x62a0).
    let certificate = one(file, "O=cryptoscope,CN=cryptoscope embedded fixture", "");
    assert_eq!(certificate.offset, Some(0x6360));
    assert_eq!(
        certificate.context,
        "certificate O=cryptoscope,CN=cryptoscope embedded fixture (DER certificate embedded in a binary)"
    );
    assert!(
        seen_at(file)
            .iter()
            .any(|s| s.name == "ECDSA-P-256" && s.offset == Some(0x62a0)),
        "{:#?}",
        seen_at(file)
    );
}

#[test]
fn post_quantum_ntt_tables_are_found() {
    let file = "c-pqc-tables";
    // Tables at 0x2440 (ML-KEM, int16) and 0x2040 (ML-DSA, int32); the patterns start at entry 1.
    let kem = one(file, "ML-KEM", "mlkem-zetas-montgomery");
    assert_eq!(kem.offset, Some(0x2440 + 2));
    assert!(kem.context.contains("Montgomery"), "{kem:?}");
    let dsa = one(file, "ML-DSA", "mldsa-zetas-montgomery-centred");
    assert_eq!(dsa.offset, Some(0x2040 + 4));
    assert_eq!(algorithms_at(file), ["ML-DSA", "ML-KEM"]);
}

#[test]
fn pe_imports_delay_loads_and_cng_identifiers() {
    let file = "pe-cng.exe";
    assert_eq!(
        one(file, "Windows CNG (bcrypt.dll)", "bcrypt.dll").context,
        "PE import bcrypt.dll"
    );
    let ncrypt = one(file, "Windows CNG key storage (ncrypt.dll)", "ncrypt.dll");
    assert_eq!(ncrypt.context, "PE delay-load import ncrypt.dll");
    assert_eq!(ncrypt.offset, Some(offset_of(file, b"ncrypt.dll\0")));
    // advapi32 counts as CryptoAPI because CryptAcquireContextW is imported from it.
    one(file, "Windows CryptoAPI (advapi32.dll)", "ADVAPI32.dll");
    one(file, "Windows crypt32.dll", "CRYPT32.dll");
    // The UTF-16 identifiers passed to BCryptOpenAlgorithmProvider (MANIFEST.md offsets).
    let aes = one(file, "AES", "AES");
    assert_eq!(aes.offset, Some(31580));
    assert!(
        aes.context
            .contains("BCryptOpenAlgorithmProvider from bcrypt.dll")
    );
    assert_eq!(one(file, "SHA-256", "SHA256").offset, Some(31588));
    assert_eq!(algorithms_at(file), ["AES", "SHA-256"]);

    let file = "pe-libcrypto.exe";
    let link = one(file, "OpenSSL libcrypto", "libcrypto-3-x64.dll");
    assert_eq!(link.offset, Some(38044));
    assert_eq!(link.context, "PE import libcrypto-3-x64.dll");
    assert!(
        one(file, "AES-256-GCM", "EVP_aes_256_gcm")
            .context
            .ends_with("from libcrypto-3-x64.dll")
    );
    assert_eq!(algorithms_at(file), ["AES-256-GCM", "SHA-256"]);
}

#[test]
fn mach_o_thin_and_fat_report_commoncrypto_and_security() {
    for file in ["macho-commoncrypto", "macho-fat"] {
        let security = "/System/Library/Frameworks/Security.framework/Versions/A/Security";
        let link = one(file, "Apple Security.framework", security);
        assert_eq!(link.context, format!("LC_LOAD_DYLIB {security}"));
        assert_eq!(link.offset, Some(offset_of(file, security.as_bytes())));
        // CommonCrypto comes through libSystem: known by its imports.
        let common = one(file, "Apple CommonCrypto", "CC_SHA256");
        assert_eq!(
            common.context,
            "imports CC_SHA256, CCCrypt from /usr/lib/libSystem.B.dylib"
        );
        // CC_SHA256 names its algorithm; CCCrypt takes it as an integer.
        assert_eq!(algorithms_at(file), ["SHA-256"], "{file}");
    }
}

#[test]
fn go_binaries_report_toolchain_modules_and_crypto_functions() {
    for (file, build_info) in [("go-crypto", 0x0020_3000), ("go-crypto-pie", 0x0023_0000)] {
        let stdlib = one(file, "Go standard library", "go1.19.8");
        assert_eq!(stdlib.offset, Some(build_info), "{file}");
        assert!(
            stdlib
                .context
                .starts_with("Go build information: go1.19.8, main module example.com/cryptoscope/gofixture; crypto packages in its function table"),
            "{stdlib:?}"
        );
        for package in [
            "crypto/aes",
            "crypto/ecdsa",
            "crypto/tls",
            "golang.org/x/crypto/chacha20poly1305",
        ] {
            assert!(
                stdlib.context.contains(package),
                "{package} not in {}",
                stdlib.context
            );
        }
        let xcrypto = one(
            file,
            "Go supplementary cryptography",
            "golang.org/x/crypto@v0.4.0",
        );
        assert_eq!(xcrypto.offset, Some(build_info));
        let functions = algorithms_at(file);
        for algorithm in [
            "AES",
            "ChaCha20-Poly1305",
            "ECDSA",
            "HKDF",
            "MD5",
            "RSA",
            "SHA-256",
            "SHA-512",
            "TLS",
            "X25519",
        ] {
            assert!(
                functions.contains(&algorithm.to_owned()),
                "{file}: {algorithm} not in {functions:?}"
            );
        }
        let aes = one(file, "AES", "crypto/aes.(*aesCipherGCM).NewGCM");
        assert!(aes.context.ends_with("of package crypto/aes)"), "{aes:?}");
    }
    let stdlib = components(bom())
        .find(|c| c["name"] == "Go standard library")
        .unwrap_or_else(|| panic!("no Go standard library"));
    assert_eq!(stdlib["version"], "go1.19.8");
    assert_eq!(stdlib["purl"], "pkg:golang/stdlib@go1.19.8");
    // Go 1.19 predates crypto/mlkem (1.24): its capabilities say so.
    let capabilities = property(stdlib, "cryptoscope:library:capabilities").unwrap_or_default();
    assert!(
        capabilities.contains("TLS-1.3") && capabilities.contains("Ed25519"),
        "{capabilities}"
    );
    assert!(!capabilities.contains("ML-KEM"), "{capabilities}");
    let xcrypto = components(bom())
        .find(|c| c["name"] == "Go supplementary cryptography")
        .unwrap_or_else(|| panic!("no x/crypto"));
    assert_eq!(xcrypto["purl"], "pkg:golang/golang.org/x/crypto@v0.4.0");
}

#[test]
fn rust_binaries_report_their_crypto_crates_with_versions() {
    let file = "rust-crypto";
    for (name, version) in [("aes", "0.8.4"), ("ring", "0.17.14"), ("sha2", "0.10.9")] {
        let symbol = format!("{name}-{version}");
        let seen = one(file, name, &symbol);
        assert!(
            seen.context.starts_with("Rust crate source path "),
            "{seen:?}"
        );
        assert!(
            seen.context.contains(&format!("/{symbol}/src/")),
            "{seen:?}"
        );
        assert!(seen.context.ends_with(".rs"), "{seen:?}");
        let component = components(bom())
            .find(|c| c["name"] == name && c["type"] == "library")
            .unwrap_or_else(|| panic!("no crate {name}"));
        assert_eq!(component["version"], version);
        assert_eq!(component["purl"], format!("pkg:cargo/{name}@{version}"));
    }
    // cipher is a trait crate, not cryptography by itself: not reported.
    assert!(seen_at(file).iter().all(|s| s.name != "cipher"));
    // sha2's compression function carries the SHA-256 and SHA-512 round constants.
    one(file, "SHA-256", "sha256-k");
    one(file, "SHA-512", "sha512-k");
}

#[test]
fn java_classes_and_archives_report_their_jca_strings() {
    let class = "Crypto.class";
    let gcm = one(class, "AES-GCM", "AES/GCM/NoPadding");
    assert_eq!(gcm.offset, Some(offset_of(class, b"AES/GCM/NoPadding")));
    assert!(
        gcm.context
            .contains("in class Crypto, which uses java/security/KeyPairGenerator")
    );
    assert_eq!(
        algorithms_at(class),
        ["AES", "AES-GCM", "ECDSA", "ECDSA-SHA-256", "RSA", "SHA-1"]
    );
    let jar = one("crypto.jar", "3DES", "DESede/CBC/PKCS5Padding");
    assert_eq!(jar.offset, None);
    assert!(
        jar.context
            .contains("in LegacyCrypto.class, a class using javax/crypto/Cipher")
    );
    let war = one("nested.war", "3DES", "DESede/CBC/PKCS5Padding");
    assert!(
        war.context
            .contains("in WEB-INF/lib/crypto.jar!/LegacyCrypto.class"),
        "{war:?}"
    );
    assert_eq!(algorithms_at("nested.war"), algorithms_at("crypto.jar"));
}

/// The machine's OpenSSL library (`.ci/run` installs openssl, which brings it).
fn system_libcrypto() -> std::path::PathBuf {
    [
        "/usr/lib/x86_64-linux-gnu",
        "/lib/x86_64-linux-gnu",
        "/usr/lib/aarch64-linux-gnu",
        "/usr/lib64",
        "/usr/lib",
    ]
    .iter()
    .map(|dir| std::path::Path::new(dir).join("libcrypto.so.3"))
    .find(|p| p.is_file())
    .unwrap_or_else(|| {
        panic!("libcrypto.so.3 not found: install openssl (apt-get install openssl)")
    })
}

#[test]
fn a_library_file_reports_its_version_capabilities_and_provided_algorithms_unscored() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let copy = dir.path().join("libcrypto.so.3");
    std::fs::copy(system_libcrypto(), &copy).unwrap_or_else(|e| panic!("{e}"));
    let bom = scan_json(&[arg(dir.path())]);
    let library = components(&bom)
        .find(|c| c["type"] == "library")
        .unwrap_or_else(|| panic!("no library component"));
    assert_eq!(library["name"], "OpenSSL libcrypto");
    let version = library["version"].as_str().unwrap_or_default();
    assert!(version.starts_with("3."), "{version}");
    assert_eq!(library["purl"], format!("pkg:generic/openssl@{version}"));
    let occurrence = &library["evidence"]["occurrences"][0];
    assert_eq!(occurrence["symbol"], "libcrypto.so.3");
    assert!(
        occurrence["additionalContext"]
            .as_str()
            .unwrap_or_default()
            .contains(&format!("version {version} from \"OpenSSL {version} ")),
        "{occurrence}"
    );
    let capabilities = property(library, "cryptoscope:library:capabilities").unwrap_or_default();
    assert!(
        capabilities.contains("AES") && capabilities.contains("RSA"),
        "{capabilities}"
    );
    // ML-KEM came with OpenSSL 3.5.
    let minor: u32 = version
        .split('.')
        .nth(1)
        .and_then(|m| m.parse().ok())
        .unwrap_or_default();
    assert_eq!(
        capabilities.contains("ML-KEM-768"),
        minor >= 5,
        "{version}: {capabilities}"
    );

    // What it exports is listed as what it provides: each a component seen only as provided.
    let provides: Vec<&str> = bom["dependencies"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|d| d["ref"] == library["bom-ref"])
        .and_then(|d| d["provides"].as_array())
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    assert!(provides.len() > 50, "{provides:?}");
    let gcm = components(&bom)
        .find(|c| c["name"] == "AES-256-GCM")
        .unwrap_or_else(|| panic!("no AES-256-GCM"));
    assert!(provides.contains(&gcm["bom-ref"].as_str().unwrap_or_default()));
    let evidence = &gcm["evidence"]["occurrences"][0];
    assert_eq!(evidence["symbol"], "EVP_aes_256_gcm");
    assert!(
        evidence["additionalContext"]
            .as_str()
            .unwrap_or_default()
            .starts_with("provided: exports EVP_aes_256_gcm"),
        "{evidence}"
    );
    // A library making MD5 and DES available is not an estate using them: no score.
    assert_eq!(
        property(&bom["metadata"], "cryptoscope:quantum:score"),
        Some("none"),
        "{}",
        bom["metadata"]
    );
    let reason = property(&bom["metadata"], "cryptoscope:quantum:cap-reason").unwrap_or_default();
    assert!(
        reason.starts_with("no cryptographic assets in use: the "),
        "{reason}"
    );
}
