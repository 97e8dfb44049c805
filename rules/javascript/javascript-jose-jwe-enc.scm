; A JWE protected header with its content encryption: `.setProtectedHeader({ alg: "dir", enc: "A256GCM" })`
; (EncryptJWT, CompactEncrypt, FlattenedEncrypt, GeneralEncrypt).
(call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments .
    (object
      (pair
        key: [(property_identifier) (string)] @_key
        value: (_) @enc)))
  (#eq? @_method "setProtectedHeader")
  (#match? @_key "^[\"']?enc[\"']?$")) @match
; `{ alg: "dir", enc }`
(call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments .
    (object
      (shorthand_property_identifier) @enc))
  (#eq? @_method "setProtectedHeader")
  (#eq? @enc "enc")) @match
