; PyJWT / python-jose signing: `jwt.encode(payload, key, algorithm="HS256")`, `jwt.encode(payload, key, "RS256")`,
; `jws.sign(payload, key, algorithm=ALGORITHMS.ES256)`. @alg is the JOSE algorithm name.
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
      value: (_) @alg))
  (#match? @module "^(jwt|jws)$")
  (#match? @function "^(encode|sign)$")
  (#eq? @keyword "algorithm")) @match

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
    [(string) (identifier) (attribute)] @alg)
  (#match? @module "^(jwt|jws)$")
  (#match? @function "^(encode|sign)$")) @match
