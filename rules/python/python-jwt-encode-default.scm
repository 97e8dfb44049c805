; `jwt.encode(payload, key)` / `jws.sign(payload, key)` with no algorithm: HS256 is the documented default of
; PyJWT and python-jose. Exactly two positional arguments (any keyword may name the algorithm).
(call
  function: (attribute
    object: [
      (identifier) @module
      (attribute attribute: (identifier) @module)
    ]
    attribute: (identifier) @function)
  arguments: (argument_list
    .
    [(identifier) (attribute) (dictionary) (call) (subscript) (string)]
    .
    [(identifier) (attribute) (call) (subscript) (string) (concatenated_string)]
    .)
  (#match? @module "^(jwt|jws)$")
  (#match? @function "^(encode|sign)$")) @match
