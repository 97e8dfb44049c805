; RSACryptoServiceProvider's own encryption, whose second argument says whether to use OAEP:
;   rsa.Encrypt(data, false)   PKCS#1 v1.5        rsa.Decrypt(data, true)   OAEP with SHA-1
; The receiver must look like an RSA object (its name contains "rsa"), so that helpers such as
; `Encrypt(string text, bool useHashing)` are not taken for it.
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
    (argument (boolean_literal) @oaep)
    .)
  (#any-of? @method "Encrypt" "Decrypt")
  (#match? @receiver "(?i)rsa")) @match
