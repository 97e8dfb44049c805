#![no_main]
//! Loading and validating one source rule from arbitrary YAML text (as `--rules DIR` would read
//! `python/fuzz.yaml`).
use cryptoscope::rules::RuleSet;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = RuleSet::from_files(&[("python/fuzz.yaml".to_owned(), text.to_owned())]);
});
