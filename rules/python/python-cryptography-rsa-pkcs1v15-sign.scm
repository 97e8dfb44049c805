; `key.sign(data, padding.PKCS1v15(), hashes.SHA256())`, `public_key.verify(sig, data, padding.PKCS1v15(), h)`:
; the PKCS1v15 object (@match) is followed by the hash (@hash).
(call
  function: (attribute
    attribute: (identifier) @method)
  arguments: (argument_list
    (call
      function: [
        (identifier) @padding
        (attribute attribute: (identifier) @padding)
      ]) @match
    .
    (_) @hash)
  (#match? @method "^(sign|verify)$")
  (#eq? @padding "PKCS1v15"))

; Keywords: `key.sign(data=d, padding=padding.PKCS1v15(), algorithm=hashes.SHA256())`.
(call
  function: (attribute
    attribute: (identifier) @method)
  arguments: (argument_list
    (keyword_argument
      value: (call
        function: [
          (identifier) @padding
          (attribute attribute: (identifier) @padding)
        ]) @match)
    .
    (_) @hash)
  (#match? @method "^(sign|verify)$")
  (#eq? @padding "PKCS1v15"))
