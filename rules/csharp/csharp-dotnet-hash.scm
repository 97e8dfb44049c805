; Hash functions of System.Security.Cryptography: static factories and one-shot methods on the
; algorithm class (`SHA256.Create()`, `SHA256.HashData(data)`, `MD5.HashDataAsync(stream)`,
; `System.Security.Cryptography.SHA1.Create()`), and the concrete classes (`new SHA1Managed()`,
; `new MD5CryptoServiceProvider()`, `new SHA256Cng()`, `new Shake128()`). @algorithm is the class.
(invocation_expression
  function: (member_access_expression
    expression: [
      (identifier) @algorithm
      (member_access_expression name: (identifier) @algorithm)
      (qualified_name name: (identifier) @algorithm)
    ]
    name: (identifier) @method)
  (#any-of? @algorithm "MD5" "SHA1" "SHA256" "SHA384" "SHA512" "SHA3_256" "SHA3_384" "SHA3_512"
    "Shake128" "Shake256" "RIPEMD160")
  (#any-of? @method "Create" "HashData" "HashDataAsync" "TryHashData")) @match

(object_creation_expression
  type: [
    (identifier) @algorithm
    (qualified_name name: (identifier) @algorithm)
  ]
  (#match? @algorithm "^(MD5(CryptoServiceProvider|Cng)|SHA(1|256|384|512)(Managed|CryptoServiceProvider|Cng)|Shake(128|256)|RIPEMD160Managed)$")) @match
