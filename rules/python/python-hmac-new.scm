; Standard-library hmac with its digest: `hmac.new(key, msg, digestmod=hashlib.sha256)`,
; `hmac.new(key, msg, "sha256")`, `hmac.digest(key, msg, digest="sha1")`, `hmac.HMAC(key, msg, hashlib.md5)`.
; @hash is the digest (a hashlib constructor, a module such as Python 2 `sha`, or a name string).

; As a keyword argument.
(call
  function: (attribute
    object: (identifier) @module
    attribute: (identifier) @function)
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @keyword
      value: (_) @hash))
  (#eq? @module "hmac")
  (#match? @function "^(new|digest|HMAC)$")
  (#match? @keyword "^(digestmod|digest)$")) @match

; As the third positional argument (cryptography's `hmac.HMAC(key, hashes.SHA256(), backend)` is not this:
; its hash is the second argument, python-cryptography-hmac).
(call
  function: (attribute
    object: (identifier) @module
    attribute: (identifier) @function)
  arguments: (argument_list
    .
    (_)
    .
    (_)
    .
    [(attribute) (identifier) (string)] @hash)
  (#eq? @module "hmac")
  (#match? @function "^(new|digest|HMAC)$")
  (#not-eq? @hash "backend")) @match
