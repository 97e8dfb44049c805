#![no_main]
//! The x509 detector on arbitrary bytes (run as the pipeline would, minus its catch_unwind).
use cryptoscope::detect::{x509::X509Detector, run_one};
use libfuzzer_sys::fuzz_target;

include!("common.rs");

fuzz_target!(|data: &[u8]| {
    let _ = run_one(&X509Detector, "fuzz", data, &context());
});
