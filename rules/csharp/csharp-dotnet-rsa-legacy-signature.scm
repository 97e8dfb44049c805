; RSACryptoServiceProvider's own PKCS#1 v1.5 signatures, whose hash is an object, a name or an OID:
;   rsa.SignData(data, new SHA1CryptoServiceProvider())     rsa.SignData(data, "SHA256")
;   rsa.VerifyData(data, CryptoConfig.MapNameToOID("SHA256"), signature)
;   rsa.SignHash(hash, CryptoConfig.MapNameToOID("SHA1"))
; The receiver's name must contain "rsa"; the modern forms with HashAlgorithmName are
; csharp-dotnet-rsa-signature.
(invocation_expression
  function: [
    (member_access_expression
      expression: (_) @receiver
      name: (identifier) @method)
    (conditional_access_expression
      condition: (_) @receiver
      (member_binding_expression name: (identifier) @method))
  ]
  arguments: (argument_list
    .
    (argument)
    .
    (argument) @hash
    .)
  (#any-of? @method "SignData" "SignHash")
  (#not-match? @hash "HashAlgorithmName")
  (#match? @receiver "(?i)rsa")) @match

(invocation_expression
  function: [
    (member_access_expression
      expression: (_) @receiver
      name: (identifier) @method)
    (conditional_access_expression
      condition: (_) @receiver
      (member_binding_expression name: (identifier) @method))
  ]
  arguments: (argument_list
    .
    (argument)
    .
    (argument) @hash
    .
    (argument)
    .)
  (#any-of? @method "VerifyData" "VerifyHash")
  (#not-match? @hash "HashAlgorithmName")
  (#match? @receiver "(?i)rsa")) @match
