; An SLH-DSA signing key generated with the RustCrypto slh-dsa crate, the parameter set from the
; generic argument: `SigningKey::<Shake128f>::new(&mut rng)`,
; `slh_dsa::SigningKey::<slh_dsa::Sha2_128s>::slh_keygen_internal(sk_seed, sk_prf, pk_seed)`.
(call_expression
  function: (scoped_identifier
    path: (generic_type
      type: [(identifier) (type_identifier) (scoped_identifier name: (identifier)) (scoped_type_identifier name: (type_identifier))] @key
      type_arguments: (type_arguments
        .
        [(type_identifier) @algorithm (scoped_type_identifier name: (type_identifier) @algorithm)]))
    name: (identifier) @method)
  (#match? @key "(^|::)SigningKey$")
  (#any-of? @algorithm "Sha2_128s" "Sha2_128f" "Sha2_192s" "Sha2_192f" "Sha2_256s" "Sha2_256f" "Shake128s" "Shake128f" "Shake192s" "Shake192f" "Shake256s" "Shake256f")
  (#any-of? @method "new" "slh_keygen_internal")) @match
