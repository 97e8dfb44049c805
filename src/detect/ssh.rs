//! OpenSSH keys: private keys, public key lines, authorized_keys, known_hosts, RFC 4716 public keys
//! and SSH certificates. (Being written; see the issue notes.)

use super::{Context, Detector, Input, Sink};
use crate::sniff::Sniff;

/// The OpenSSH detector.
pub struct SshDetector;

impl Detector for SshDetector {
    fn id(&self) -> &'static str {
        "ssh"
    }

    fn wants(&self, _sniff: &Sniff) -> bool {
        false
    }

    fn detect(&self, _input: &Input<'_>, _context: &Context<'_>, _sink: &mut Sink<'_>) {}
}
