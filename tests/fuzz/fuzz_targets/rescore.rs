#![no_main]
//! Resolving the crypto components of a CBOM (`cryptoscope rescore`): bytes -> JSON -> resolve.
use cryptoscope::registry::Registry;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(bom) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let registry = Registry::builtin().expect("built-in registry");
    let _ = cryptoscope::rescore::resolve(&bom, "fuzz.cdx.json", registry);
});
