#![no_main]
//! The binary detector on arbitrary bytes (run as the pipeline would, minus its catch_unwind).
use cryptoscope::detect::{binary::BinaryDetector, run_one};
use libfuzzer_sys::fuzz_target;

include!("common.rs");

fuzz_target!(|data: &[u8]| {
    let _ = run_one(&BinaryDetector, "fuzz", data, &context());
});
