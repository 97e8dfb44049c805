; liboqs per-algorithm signature functions: OQS_SIG_ml_dsa_65_keypair / _sign / _verify.
((call_expression
  function: (identifier) @name) @match
  (#match? @name "^OQS_SIG_[a-z0-9_]+_(keypair|sign|sign_with_ctx_str|verify|verify_with_ctx_str)$"))
