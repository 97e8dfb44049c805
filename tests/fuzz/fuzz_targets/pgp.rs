#![no_main]
//! The pgp detector on arbitrary bytes (run as the pipeline would, minus its catch_unwind).
use cryptoscope::detect::{pgp::PgpDetector, run_one};
use libfuzzer_sys::fuzz_target;

include!("common.rs");

fuzz_target!(|data: &[u8]| {
    let _ = run_one(&PgpDetector, "fuzz", data, &context());
});
