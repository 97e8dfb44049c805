#![no_main]
//! Content sniffing (magic numbers, DER header check, PEM/SSH markers) on arbitrary bytes.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = cryptoscope::sniff::sniff(data);
});
