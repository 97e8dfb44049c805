; HMAC from the RustCrypto hmac crate, where the key is set: `Hmac::<Sha256>::new_from_slice(key)`,
; `<Hmac<Sha256> as Mac>::new_from_slice(key)`, `HmacSha256::new_from_slice(key)` after
; `type HmacSha256 = Hmac<Sha256>;`, `let mac: Hmac<Sha256> = Mac::new_from_slice(key)?`.
; @type is the generic type `Hmac<H>` or an alias bound to one: the hash is its first argument.

; `Hmac::<Sha256>::new_from_slice(key)`, `hmac::SimpleHmac::<Sha256>::new(key)`
(call_expression
  function: (scoped_identifier
    path: (generic_type
      type: [(identifier) (type_identifier) (scoped_identifier name: (_)) (scoped_type_identifier name: (_))] @hmac) @type
    name: (identifier) @method)
  (#match? @hmac "(^|::)(Hmac|SimpleHmac)$")
  (#any-of? @method "new" "new_from_slice" "new_varkey")) @match

; `<Hmac<Sha256> as Mac>::new_from_slice(key)`
(call_expression
  function: (scoped_identifier
    path: (bracketed_type
      (qualified_type
        type: (generic_type
          type: [(type_identifier) (scoped_type_identifier name: (_))] @hmac) @type))
    name: (identifier) @method)
  (#match? @hmac "(^|::)(Hmac|SimpleHmac)$")
  (#any-of? @method "new" "new_from_slice" "new_varkey")) @match

; An alias: `HmacSha256::new_from_slice(key)`, `<HmacSha256 as Mac>::new_from_slice(key)`.
(call_expression
  function: (scoped_identifier
    path: [
      (identifier) @type
      (bracketed_type (qualified_type type: (type_identifier) @type))
    ]
    name: (identifier) @method)
  (#match? @type "[Hh][Mm][Aa][Cc]")
  (#not-any-of? @type "Hmac" "SimpleHmac")
  (#any-of? @method "new" "new_from_slice" "new_varkey")) @match

; A typed `let`: `let mut mac: Hmac<Sha256> = Hmac::new_from_slice(key).unwrap();`,
; `let mac: HmacSha256 = Mac::new_from_slice(key)?;` (also with `.expect(..)`, `?`, `.map_err(..)?`).
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
  (#match? @hmac "[Hh][Mm][Aa][Cc]")
  (#any-of? @path "Hmac" "SimpleHmac" "Mac" "KeyInit" "NewMac")
  (#any-of? @method "new" "new_from_slice" "new_varkey"))

; `Hmac::new_from_slice(key)` with the hash left to type inference (an untyped `let`, a function's
; result, an argument): HMAC, hash not named here.
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
  (#any-of? @path "Hmac" "SimpleHmac")
  (#any-of? @method "new" "new_from_slice" "new_varkey"))
(block
  [
    (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match
    (call_expression
      function: (field_expression
        value: (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match))
    (try_expression
      (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match)
  ] .
  (#any-of? @path "Hmac" "SimpleHmac")
  (#any-of? @method "new" "new_from_slice" "new_varkey"))
(return_expression
  [
    (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match
    (call_expression
      function: (field_expression
        value: (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match))
    (try_expression
      (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match)
  ]
  (#any-of? @path "Hmac" "SimpleHmac")
  (#any-of? @method "new" "new_from_slice" "new_varkey"))
(field_initializer
  value: [
    (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match
    (call_expression
      function: (field_expression
        value: (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match))
    (try_expression
      (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match)
  ]
  (#any-of? @path "Hmac" "SimpleHmac")
  (#any-of? @method "new" "new_from_slice" "new_varkey"))
(arguments
  [
    (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match
    (call_expression
      function: (field_expression
        value: (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match))
    (try_expression
      (call_expression function: (scoped_identifier path: (identifier) @path name: (identifier) @method)) @match)
  ]
  (#any-of? @path "Hmac" "SimpleHmac")
  (#any-of? @method "new" "new_from_slice" "new_varkey"))

; A function instantiated with an HMAC type: `check::<Hmac<Sha1>>(key, data, tag)`,
; `mac.verify::<HmacSha256>(..)` (PBKDF2's `pbkdf2::<Hmac<Sha256>>` is rust-rustcrypto-pbkdf2).
(call_expression
  function: (generic_function
    function: [(identifier) @function (scoped_identifier name: (identifier) @function) (field_expression field: (field_identifier) @function)]
    type_arguments: (type_arguments
      (generic_type
        type: [(type_identifier) (scoped_type_identifier name: (_))] @hmac) @type))
  (#match? @hmac "(^|::)(Hmac|SimpleHmac)$")
  (#not-any-of? @function "pbkdf2" "pbkdf2_array")) @match

