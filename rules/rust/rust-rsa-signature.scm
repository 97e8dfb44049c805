; An RSA signature scheme of the RustCrypto rsa crate. @kind names the scheme (a type, a method or a
; key type's path), @hash its hash.

; `Pss::new::<Sha256>()`, `Pkcs1v15Sign::new::<Sha256>()`, `Pss::new_with_salt::<Sha256>(32)`.
(call_expression
  function: (generic_function
    function: (scoped_identifier
      path: [(identifier) (scoped_identifier name: (identifier))] @kind
      name: (identifier) @method)
    type_arguments: (type_arguments . (_) @hash))
  (#match? @kind "(^|::)(Pss|Pkcs1v15Sign)$")
  (#any-of? @method "new" "new_blinded" "new_with_salt" "new_blinded_with_salt")) @match
; `PaddingScheme::new_pss::<Sha256, _>(rng)`, `PaddingScheme::new_pkcs1v15_sign::<Sha256>()`
; (rsa 0.5 to 0.7).
(call_expression
  function: (generic_function
    function: (scoped_identifier
      path: [(identifier) (scoped_identifier name: (identifier))] @type
      name: (identifier) @kind)
    type_arguments: (type_arguments . (_) @hash))
  (#match? @type "(^|::)PaddingScheme$")
  (#any-of? @kind "new_pss" "new_pss_with_salt" "new_pkcs1v15_sign")) @match
; `Pkcs1v15Sign::new_unprefixed()`, `PaddingScheme::new_pkcs1v15_sign(Some(Hash::SHA2_256))` (0.5).
(call_expression
  function: (scoped_identifier
    path: [(identifier) (scoped_identifier name: (identifier))] @type
    name: (identifier) @kind)
  arguments: (arguments
    .
    (call_expression
      function: (identifier) @some
      arguments: (arguments . [(scoped_identifier name: (identifier) @hash) (identifier) @hash]))?
    (#eq? @some "Some"))
  (#match? @type "(^|::)(PaddingScheme|Pkcs1v15Sign)$")
  (#any-of? @kind "new_unprefixed" "new_pkcs1v15_sign")) @match

; The key types: `pkcs1v15::SigningKey::<Sha256>::new(private_key)`,
; `SigningKey::<Sha256>::new(private_key)` once imported from rsa::pkcs1v15 or rsa::pss,
; `pss::BlindedSigningKey::<Sha256>::new(private_key)`: the path says the scheme.
(call_expression
  function: (scoped_identifier
    path: (generic_type
      type: [(identifier) (type_identifier) (scoped_identifier name: (identifier))] @kind
      type_arguments: (type_arguments
        .
        [(type_identifier) @hash (scoped_type_identifier name: (type_identifier) @hash)]))
    name: (identifier) @method)
  (#match? @kind "(^|::)(SigningKey|BlindedSigningKey)$")
  (#match? @hash "^(Sha1|Sha224|Sha256|Sha384|Sha512|Sha512_224|Sha512_256|Sha3_224|Sha3_256|Sha3_384|Sha3_512|Md5|Ripemd160)$")
  (#any-of? @method "new" "new_with_prefix" "new_unprefixed")) @match
