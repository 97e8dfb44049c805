#![no_main]
//! Tolerant PEM splitting (labels, headers, base64 bodies, line numbers) on arbitrary bytes.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = cryptoscope::pem::blocks(data);
});
