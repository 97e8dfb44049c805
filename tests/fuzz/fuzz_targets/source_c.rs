#![no_main]
//! The source detector with the built-in rules on arbitrary bytes as the file `x.c`.
use std::sync::OnceLock;

use cryptoscope::detect::{run_one, source::SourceDetector};
use cryptoscope::rules::RuleSet;
use libfuzzer_sys::fuzz_target;

include!("common.rs");

fn detector() -> &'static SourceDetector {
    static DETECTOR: OnceLock<SourceDetector> = OnceLock::new();
    DETECTOR.get_or_init(|| {
        SourceDetector::new(&RuleSet::builtin().expect("built-in rules")).expect("source detector")
    })
}

fuzz_target!(|data: &[u8]| {
    let _ = run_one(detector(), "x.c", data, &context());
});
