; Crypto++ HMAC over a hash: `HMAC<SHA256>`, `CryptoPP::HMAC<CryptoPP::SHA1>`.
((template_type
  name: (type_identifier) @name
  arguments: (template_argument_list . (type_descriptor type: (_) @hash))) @match
  (#eq? @name "HMAC"))
