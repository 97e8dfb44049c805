; liboqs per-algorithm KEM functions: OQS_KEM_ml_kem_768_keypair / _encaps / _decaps.
((call_expression
  function: (identifier) @name) @match
  (#match? @name "^OQS_KEM_[a-z0-9_]+_(keypair|keypair_derand|encaps|encaps_derand|decaps)$"))
