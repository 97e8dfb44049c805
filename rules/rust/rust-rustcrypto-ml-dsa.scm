; ML-DSA key pair generated with the RustCrypto ml-dsa crate: `MlDsa65::key_gen(&mut rng)`, `<MlDsa44
; as KeyGen>::key_gen(&mut rng)`, `MlDsa87::from_seed(&seed)`, `MlDsa65::key_gen_internal(&xi)`.
(call_expression
  function: (scoped_identifier
    path: [
      (identifier) @algorithm
      (scoped_identifier name: (identifier) @algorithm)
      (bracketed_type
        (qualified_type
          type: [
            (type_identifier) @algorithm
            (scoped_type_identifier name: (type_identifier) @algorithm)
          ]))
    ]
    name: (identifier) @method)
  (#any-of? @algorithm "MlDsa44" "MlDsa65" "MlDsa87")
  (#any-of? @method "key_gen" "key_gen_internal" "from_seed")) @match

; The key types generic over the parameter set: `ml_dsa::SigningKey::<ml_dsa::MlDsa65>::from_seed(&seed)`.
(call_expression
  function: (scoped_identifier
    path: (generic_type
      type: [(identifier) (type_identifier) (scoped_identifier name: (identifier)) (scoped_type_identifier name: (type_identifier))] @key
      type_arguments: (type_arguments
        .
        [(type_identifier) @algorithm (scoped_type_identifier name: (type_identifier) @algorithm)]))
    name: (identifier) @method)
  (#match? @key "(^|::)(SigningKey|KeyPair|ExpandedSigningKey)$")
  (#any-of? @algorithm "MlDsa44" "MlDsa65" "MlDsa87")
  (#any-of? @method "key_gen" "key_gen_internal" "from_seed")) @match
