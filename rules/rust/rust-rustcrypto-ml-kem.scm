; ML-KEM key pair generated with the RustCrypto ml-kem crate: `MlKem768::generate(&mut rng)`,
; `<MlKem1024 as KemCore>::generate(&mut rng)`, `MlKem512::generate_deterministic(&d, &z)`.
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
  (#any-of? @algorithm "MlKem512" "MlKem768" "MlKem1024")
  (#any-of? @method "generate" "generate_deterministic" "generate_keypair" "generate_keypair_from_rng" "from_seed")) @match

; The key types generic over the parameter set: `DecapsulationKey::<MlKem768>::from_seed(seed)`.
(call_expression
  function: (scoped_identifier
    path: (generic_type
      type: [(identifier) (type_identifier) (scoped_identifier name: (identifier)) (scoped_type_identifier name: (type_identifier))] @key
      type_arguments: (type_arguments
        .
        [(type_identifier) @algorithm (scoped_type_identifier name: (type_identifier) @algorithm)]))
    name: (identifier) @method)
  (#match? @key "(^|::)(DecapsulationKey)$")
  (#any-of? @algorithm "MlKem512" "MlKem768" "MlKem1024")
  (#any-of? @method "generate" "generate_deterministic" "generate_keypair" "generate_keypair_from_rng" "from_seed")) @match
