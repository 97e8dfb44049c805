//! Embeds the rule files under `rules/` into the binary: every `language.scm`, every rule `.yaml` and
//! its optional `.scm` query (not the annotated test files beside them, which only the tests read).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "scm") {
            out.push(path);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let rules = root.join("rules");
    println!("cargo:rerun-if-changed=rules");
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&rules).into_iter().flatten().flatten() {
        // Only per-language folders hold source rules; the registry and policies are loaded elsewhere.
        if entry.path().is_dir() {
            println!("cargo:rerun-if-changed={}", entry.path().display());
            collect(&entry.path(), &mut files);
        }
    }
    files.sort();
    let mut code = String::from(
        "/// Rule files embedded at build time: (path relative to `rules/`, contents).\n",
    );
    code.push_str("pub static EMBEDDED_RULE_FILES: &[(&str, &str)] = &[\n");
    for file in &files {
        let relative = file
            .strip_prefix(&rules)
            .unwrap_or(file)
            .to_string_lossy()
            .replace('\\', "/");
        let _ = writeln!(
            code,
            "    ({relative:?}, include_str!({:?})),",
            file.display().to_string()
        );
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("embedded_rules.rs");
    if let Err(error) = std::fs::write(&out, code) {
        println!("cargo:warning=cannot write {}: {error}", out.display());
    }
}
