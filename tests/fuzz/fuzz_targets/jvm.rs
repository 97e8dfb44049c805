#![no_main]
//! The jvm detector on arbitrary bytes (run as the pipeline would, minus its catch_unwind).
use cryptoscope::detect::{jvm::JvmDetector, run_one};
use libfuzzer_sys::fuzz_target;

include!("common.rs");

fuzz_target!(|data: &[u8]| {
    let _ = run_one(&JvmDetector, "fuzz", data, &context());
});
