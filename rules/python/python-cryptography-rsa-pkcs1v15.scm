; RSAES-PKCS1-v1_5: `public_key.encrypt(msg, padding.PKCS1v15())`, `private_key.decrypt(ct, padding=PKCS1v15())`,
; and a padding object kept in a name (`pad = padding.PKCS1v15()`). In sign/verify it is
; python-cryptography-rsa-pkcs1v15-sign.
(call
  function: (attribute
    attribute: (identifier) @method)
  arguments: (argument_list
    [
      (call
        function: [
          (identifier) @padding
          (attribute attribute: (identifier) @padding)
        ]) @match
      (keyword_argument
        value: (call
          function: [
            (identifier) @padding
            (attribute attribute: (identifier) @padding)
          ]) @match)
    ])
  (#match? @method "^(encrypt|decrypt)$")
  (#eq? @padding "PKCS1v15"))

(assignment
  right: (call
    function: [
      (identifier) @padding
      (attribute attribute: (identifier) @padding)
    ]) @match
  (#eq? @padding "PKCS1v15"))
