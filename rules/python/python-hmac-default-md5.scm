; `hmac.new(key)` / `hmac.new(key, msg)` (not `hmac.HMAC`: cryptography's `hmac.HMAC(key, hashes.SHA256())` has that shape) with no digest: HMAC-MD5 in Python 2 and Python 3 before 3.8 (the
; documented default; 3.8+ raises TypeError). Only positional arguments: a `digestmod=` keyword is python-hmac-new.
(call
  function: (attribute
    object: (identifier) @module
    attribute: (identifier) @function)
  arguments: (argument_list
    .
    [(identifier) (attribute) (string) (call) (subscript) (binary_operator) (concatenated_string)]
    .)
  (#eq? @module "hmac")
  (#eq? @function "new")) @match
(call
  function: (attribute
    object: (identifier) @module
    attribute: (identifier) @function)
  arguments: (argument_list
    .
    [(identifier) (attribute) (string) (call) (subscript) (binary_operator) (concatenated_string)]
    .
    [(identifier) (attribute) (string) (call) (subscript) (binary_operator) (concatenated_string)]
    .)
  (#eq? @module "hmac")
  (#eq? @function "new")) @match
