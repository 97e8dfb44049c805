#![no_main]
//! The keys detector on arbitrary bytes (run as the pipeline would, minus its catch_unwind).
use cryptoscope::detect::{keys::KeysDetector, run_one};
use libfuzzer_sys::fuzz_target;

include!("common.rs");

fuzz_target!(|data: &[u8]| {
    let _ = run_one(&KeysDetector, "fuzz", data, &context());
});
