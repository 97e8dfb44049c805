; PBKDF2 from the RustCrypto pbkdf2 crate, with the hash from the generic argument and the
; iteration count from the third argument:
; `pbkdf2_hmac::<Sha256>(password, salt, 600_000, &mut key)`,
; `pbkdf2::pbkdf2_hmac_array::<Sha256, 32>(password, salt, ROUNDS)`,
; `pbkdf2::<Hmac<Sha256>>(password, salt, rounds, &mut key)`, `pbkdf2_array::<HmacSha256, 32>(..)`.
(call_expression
  function: (generic_function
    function: [(identifier) @function (scoped_identifier name: (identifier) @function)]
    type_arguments: (type_arguments . [(type_identifier) (scoped_type_identifier)] @hash))
  arguments: (arguments . (_) . (_) . (_) @iterations)
  (#any-of? @function "pbkdf2_hmac" "pbkdf2_hmac_array")) @match
(call_expression
  function: (generic_function
    function: [(identifier) @function (scoped_identifier name: (identifier) @function)]
    type_arguments: (type_arguments
      .
      (generic_type
        type: [(type_identifier) (scoped_type_identifier)] @hmac
        type_arguments: (type_arguments . (_) @hash))))
  arguments: (arguments . (_) . (_) . (_) @iterations)
  (#any-of? @function "pbkdf2" "pbkdf2_array")
  (#match? @hmac "Hmac$")) @match
; An HMAC alias named for its hash (`type HmacSha256 = Hmac<Sha256>`): the registry reads
; `HmacSha256` as HMAC-SHA-256, which makes PBKDF2-SHA-256.
(call_expression
  function: (generic_function
    function: [(identifier) @function (scoped_identifier name: (identifier) @function)]
    type_arguments: (type_arguments . (type_identifier) @hash))
  arguments: (arguments . (_) . (_) . (_) @iterations)
  (#any-of? @function "pbkdf2" "pbkdf2_array")
  (#match? @hash "[Hh][Mm][Aa][Cc]")) @match

; The password-hash API: `Pbkdf2.hash_password(password, &salt)` (hash and rounds from its
; defaults or a `Params` value: not read here).
(call_expression
  function: (field_expression
    value: [(identifier) (scoped_identifier)] @type
    field: (field_identifier) @method)
  (#match? @type "(^|::)Pbkdf2$")
  (#any-of? @method "hash_password" "hash_password_customized")) @match
