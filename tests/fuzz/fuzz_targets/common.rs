// Shared by the detector targets (included with `include!`): a context from the built-in registry,
// scan time 0, no keystore passwords.
#[allow(dead_code)]
fn context() -> cryptoscope::detect::Context<'static> {
    cryptoscope::detect::Context {
        registry: cryptoscope::registry::Registry::builtin().expect("built-in registry"),
        scan_time: 0,
        keystore_passwords: &[],
    }
}
