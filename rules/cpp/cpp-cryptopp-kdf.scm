; Crypto++ key derivation over a hash: `PKCS5_PBKDF2_HMAC<SHA256>`, `HKDF<SHA256>`, `PKCS12_PBKDF<SHA1>`.
((template_type
  name: (type_identifier) @name
  arguments: (template_argument_list . (type_descriptor type: (_) @hash))) @match
  (#match? @name "^(PKCS5_PBKDF2_HMAC|PKCS5_PBKDF1|HKDF)$"))
