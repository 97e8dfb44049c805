//! The integration test binary: the command end to end, every output validated against the official
//! schemas in `schemas/`.

mod binaries;
mod cli;
mod fuzz_corpus;
mod gating;
mod hostile;
mod html;
mod keys;
mod pqc_corpus;
mod registry;
mod rescore;
mod secrets;
mod source;
mod support;
mod x509;
