; The pure-Python `rsa` package: `rsa.encrypt(message, pub_key)`, `rsa.decrypt(crypto, priv_key)` (exactly two
; arguments: an object that happens to be named `rsa`, such as a PyCryptodome cipher, takes one).
(call
  function: (attribute
    object: (identifier) @module
    attribute: (identifier) @function)
  arguments: (argument_list
    .
    (_)
    .
    (_)
    .)
  (#eq? @module "rsa")
  (#match? @function "^(encrypt|decrypt)$")) @match
