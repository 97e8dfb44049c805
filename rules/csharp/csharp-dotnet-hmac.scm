; HMACs of System.Security.Cryptography: `new HMACSHA256(key)`, `new HMACMD5()`,
; `HMACSHA256.HashData(key, data)`, `HMACSHA1.TryHashData(...)`. @algorithm is the class.
(object_creation_expression
  type: [
    (identifier) @algorithm
    (qualified_name name: (identifier) @algorithm)
  ]
  (#match? @algorithm "^HMAC(MD5|SHA1|SHA256|SHA384|SHA512|SHA3_256|SHA3_384|SHA3_512|RIPEMD160)$")) @match

(invocation_expression
  function: (member_access_expression
    expression: [
      (identifier) @algorithm
      (member_access_expression name: (identifier) @algorithm)
      (qualified_name name: (identifier) @algorithm)
    ]
    name: (identifier) @method)
  (#match? @algorithm "^HMAC(MD5|SHA1|SHA256|SHA384|SHA512|SHA3_256|SHA3_384|SHA3_512)$")
  (#any-of? @method "HashData" "HashDataAsync" "TryHashData")) @match
