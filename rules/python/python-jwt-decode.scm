; PyJWT / python-jose verification with the algorithms allowed: `jwt.decode(token, key, algorithms=["HS256"])`
; (the first one listed), `jwt.decode(token, key, algorithms="RS256")`, `jws.verify(token, key, "HS256")`.
(call
  function: (attribute
    object: [
      (identifier) @module
      (attribute attribute: (identifier) @module)
    ]
    attribute: (identifier) @function)
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @keyword
      value: [
        (list . [(string) (attribute)] @alg)
        (tuple . [(string) (attribute)] @alg)
        (string) @alg
        (attribute) @alg
      ]))
  (#match? @module "^(jwt|jws)$")
  (#match? @function "^(decode|verify)$")
  (#eq? @keyword "algorithms")) @match

(call
  function: (attribute
    object: [
      (identifier) @module
      (attribute attribute: (identifier) @module)
    ]
    attribute: (identifier) @function)
  arguments: (argument_list
    .
    (_)
    .
    (_)
    .
    [
      (list . [(string) (attribute)] @alg)
      (string) @alg
    ])
  (#match? @module "^(jwt|jws)$")
  (#match? @function "^(decode|verify)$")) @match
