#![no_main]
//! The pkcs12 detector on arbitrary bytes (run as the pipeline would, minus its catch_unwind).
use cryptoscope::detect::{pkcs12::Pkcs12Detector, run_one};
use libfuzzer_sys::fuzz_target;

include!("common.rs");

fuzz_target!(|data: &[u8]| {
    let _ = run_one(&Pkcs12Detector, "fuzz", data, &context());
});
