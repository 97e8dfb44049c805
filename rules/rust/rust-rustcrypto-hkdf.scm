; HKDF from the RustCrypto hkdf crate: `Hkdf::<Sha256>::new(Some(&salt), &ikm)`,
; `Hkdf::<Sha256>::extract(Some(&salt), &ikm)`, `HkdfSha256::from_prk(&prk)` after
; `type HkdfSha256 = Hkdf<Sha256>;`, `let hk: Hkdf<Sha256> = Hkdf::new(None, &ikm);`.
; @type is the generic type `Hkdf<H>` or an alias bound to one: the hash is its first argument.

; `Hkdf::<Sha256>::new(Some(&salt), &ikm)`, `hkdf::SimpleHkdf::<Sha256>::from_prk(&prk)`
(call_expression
  function: (scoped_identifier
    path: (generic_type
      type: [(identifier) (type_identifier) (scoped_identifier name: (_)) (scoped_type_identifier name: (_))] @hmac) @type
    name: (identifier) @method)
  (#match? @hmac "(^|::)(Hkdf|SimpleHkdf)$")
  (#any-of? @method "new" "extract" "from_prk")) @match

; `<Hkdf<Sha256>>::new(...)` spelled with a trait: `<Hkdf<Sha256> as Trait>::new(salt, ikm)`
(call_expression
  function: (scoped_identifier
    path: (bracketed_type
      (qualified_type
        type: (generic_type
          type: [(type_identifier) (scoped_type_identifier name: (_))] @hmac) @type))
    name: (identifier) @method)
  (#match? @hmac "(^|::)(Hkdf|SimpleHkdf)$")
  (#any-of? @method "new" "extract" "from_prk")) @match

; An alias: `HkdfSha256::new(Some(&salt), &ikm)`.
(call_expression
  function: (scoped_identifier
    path: [
      (identifier) @type
      (bracketed_type (qualified_type type: (type_identifier) @type))
    ]
    name: (identifier) @method)
  (#match? @type "[Hh][Kk][Dd][Ff]")
  (#not-any-of? @type "Hkdf" "SimpleHkdf")
  (#any-of? @method "new" "extract" "from_prk")) @match

; A typed `let`: `let hk: Hkdf<Sha256> = Hkdf::new(None, &ikm);`,
; `let hk: HkdfSha256 = Hkdf::from_prk(&prk).unwrap();` (also with `.expect(..)`, `?`).
(let_declaration
  type: [
    (generic_type
      type: [(type_identifier) (scoped_type_identifier name: (_))] @hmac)
    (type_identifier) @hmac
  ] @type
  value: [
    (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match
    (call_expression
      function: (field_expression
        value: (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match))
    (try_expression
      (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match)
    (try_expression
      (call_expression
        function: (field_expression
          value: (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match)))
  ]
  (#match? @hmac "[Hh][Kk][Dd][Ff]")
  (#any-of? @path "Hkdf" "SimpleHkdf")
  (#any-of? @method "new" "extract" "from_prk"))

; `Hkdf::new(salt, ikm)` with the hash left to type inference (an untyped `let`, a function's
; result, an argument): HKDF, hash not named here.
(let_declaration
  !type
  value: [
    (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match
    (call_expression
      function: (field_expression
        value: (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match))
    (try_expression
      (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match)
    (try_expression
      (call_expression
        function: (field_expression
          value: (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match)))
  ]
  (#any-of? @path "Hkdf" "SimpleHkdf")
  (#any-of? @method "new" "extract" "from_prk"))
(block
  [
    (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match
    (call_expression
      function: (field_expression
        value: (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match))
    (try_expression
      (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match)
  ] .
  (#any-of? @path "Hkdf" "SimpleHkdf")
  (#any-of? @method "new" "extract" "from_prk"))
(return_expression
  [
    (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match
    (call_expression
      function: (field_expression
        value: (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match))
    (try_expression
      (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match)
  ]
  (#any-of? @path "Hkdf" "SimpleHkdf")
  (#any-of? @method "new" "extract" "from_prk"))
(field_initializer
  value: [
    (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match
    (call_expression
      function: (field_expression
        value: (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match))
    (try_expression
      (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match)
  ]
  (#any-of? @path "Hkdf" "SimpleHkdf")
  (#any-of? @method "new" "extract" "from_prk"))
(arguments
  [
    (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match
    (call_expression
      function: (field_expression
        value: (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match))
    (try_expression
      (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match)
  ]
  (#any-of? @path "Hkdf" "SimpleHkdf")
  (#any-of? @method "new" "extract" "from_prk"))
