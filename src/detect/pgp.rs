//! OpenPGP keys in armoured and binary keyrings. (Being written; see the issue notes.)

use super::{Context, Detector, Input, Sink};
use crate::sniff::Sniff;

/// The OpenPGP detector.
pub struct PgpDetector;

impl Detector for PgpDetector {
    fn id(&self) -> &'static str {
        "pgp"
    }

    fn wants(&self, _sniff: &Sniff) -> bool {
        false
    }

    fn detect(&self, _input: &Input<'_>, _context: &Context<'_>, _sink: &mut Sink<'_>) {}
}
