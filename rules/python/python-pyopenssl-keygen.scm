; pyOpenSSL: `key = crypto.PKey(); key.generate_key(crypto.TYPE_RSA, 2048)`, `PKey().generate_key(TYPE_DSA, 1024)`.
; @type is the key type constant; @size the bit count.
(call
  function: (attribute
    attribute: (identifier) @method)
  arguments: (argument_list
    .
    [
      (identifier) @type
      (attribute attribute: (identifier) @type)
    ]
    .
    (_) @size)
  (#eq? @method "generate_key")
  (#match? @type "^TYPE_(RSA|DSA|EC|DH)$")) @match

; Keywords: `key.generate_key(type=crypto.TYPE_RSA, bits=2048)`.
(call
  function: (attribute
    attribute: (identifier) @method)
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @type_keyword
      value: [
        (identifier) @type
        (attribute attribute: (identifier) @type)
      ])
    (keyword_argument
      name: (identifier) @size_keyword
      value: (_) @size))
  (#eq? @method "generate_key")
  (#eq? @type_keyword "type")
  (#eq? @size_keyword "bits")
  (#match? @type "^TYPE_(RSA|DSA|EC|DH)$")) @match
