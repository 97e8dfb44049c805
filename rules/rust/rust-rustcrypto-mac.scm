; CMAC over a block cipher, and Poly1305, of the RustCrypto MAC crates, where the key is set.

; `Cmac::<Aes128>::new(key.into())`, `cmac::Cmac::<aes::Aes256>::new_from_slice(key)`
(call_expression
  function: (scoped_identifier
    path: (generic_type
      type: [(identifier) (type_identifier) (scoped_identifier name: (_)) (scoped_type_identifier name: (_))] @cmac
      type_arguments: (type_arguments
        .
        [(type_identifier) @cipher (scoped_type_identifier name: (type_identifier) @cipher)]))
    name: (identifier) @method)
  (#match? @cmac "(^|::)Cmac$")
  (#any-of? @method "new" "new_from_slice")) @match
; `<Cmac<Aes128> as Mac>::new_from_slice(key)`
(call_expression
  function: (scoped_identifier
    path: (bracketed_type
      (qualified_type
        type: (generic_type
          type: [(type_identifier) (scoped_type_identifier name: (_))] @cmac
          type_arguments: (type_arguments
            .
            [(type_identifier) @cipher (scoped_type_identifier name: (type_identifier) @cipher)]))))
    name: (identifier) @method)
  (#match? @cmac "(^|::)Cmac$")
  (#any-of? @method "new" "new_from_slice")) @match
; An alias named for CMAC (`type AesCmac = Cmac<Aes128>;`), followed to its definition.
(call_expression
  function: (scoped_identifier
    path: [(identifier) @alias (bracketed_type (qualified_type type: (type_identifier) @alias))]
    name: (identifier) @method)
  (#match? @alias "Cmac|CMAC")
  (#not-eq? @alias "Cmac")
  (#any-of? @method "new" "new_from_slice")) @match
; `Poly1305::new(key)`
(call_expression
  function: (scoped_identifier
    path: [(identifier) @algorithm (scoped_identifier name: (identifier) @algorithm)]
    name: (identifier) @method)
  (#eq? @algorithm "Poly1305")
  (#any-of? @method "new" "new_from_slice")) @match
