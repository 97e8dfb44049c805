; RSA signatures of System.Security.Cryptography: `SignData`/`SignHash`/`VerifyData`/`VerifyHash` whose
; hash argument is followed by an RSASignaturePadding:
;   rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pss)
;   rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
; @hash is the hash argument, @padding the padding's member name.
(invocation_expression
  function: [
    (member_access_expression name: (identifier) @method)
    (conditional_access_expression (member_binding_expression name: (identifier) @method))
  ]
  arguments: (argument_list
    (argument) @hash
    .
    (argument
      (member_access_expression
        expression: [
          (identifier) @type
          (member_access_expression name: (identifier) @type)
        ]
        name: (identifier) @padding)))
  (#any-of? @method "SignData" "SignHash" "VerifyData" "VerifyHash" "TrySignData" "TrySignHash")
  (#eq? @type "RSASignaturePadding")) @match

; Certificate requests signed with RSA:
;   new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
(object_creation_expression
  type: [
    (identifier) @method
    (qualified_name name: (identifier) @method)
  ]
  arguments: (argument_list
    (argument) @hash
    .
    (argument
      (member_access_expression
        expression: [
          (identifier) @type
          (member_access_expression name: (identifier) @type)
        ]
        name: (identifier) @padding)))
  (#eq? @method "CertificateRequest")
  (#eq? @type "RSASignaturePadding")) @match
