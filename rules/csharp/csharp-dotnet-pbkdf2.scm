; PBKDF2 of System.Security.Cryptography with an explicit hash:
;   new Rfc2898DeriveBytes(password, salt, iterations, HashAlgorithmName.SHA256)
;   Rfc2898DeriveBytes kdf = new(password, salt, iterations, HashAlgorithmName.SHA256);
;   Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, outputLength)
;   Rfc2898DeriveBytes.Pbkdf2(password, salt, destination, iterations, HashAlgorithmName.SHA256)
; @iterations and @hash are the argument expressions.
(object_creation_expression
  type: [
    (identifier) @type
    (qualified_name name: (identifier) @type)
  ]
  arguments: (argument_list
    .
    (argument)
    .
    (argument)
    .
    (argument (_) @iterations .)
    .
    (argument (_) @hash .))
  (#eq? @type "Rfc2898DeriveBytes")) @match

(variable_declaration
  type: [
    (identifier) @type
    (qualified_name name: (identifier) @type)
  ]
  (variable_declarator
    (implicit_object_creation_expression
      (argument_list
        .
        (argument)
        .
        (argument)
        .
        (argument (_) @iterations .)
        .
        (argument (_) @hash .))) @match)
  (#eq? @type "Rfc2898DeriveBytes"))

; Pbkdf2(password, salt, iterations, hash, outputLength)
(invocation_expression
  function: (member_access_expression
    expression: [
      (identifier) @type
      (member_access_expression name: (identifier) @type)
    ]
    name: (identifier) @method)
  arguments: (argument_list
    .
    (argument)
    .
    (argument)
    .
    (argument (_) @iterations .)
    .
    (argument (_) @hash .)
    .
    (argument) @last
    .)
  (#eq? @type "Rfc2898DeriveBytes")
  (#eq? @method "Pbkdf2")
  (#not-match? @last "HashAlgorithmName")) @match

; Pbkdf2(password, salt, destination, iterations, hash)
(invocation_expression
  function: (member_access_expression
    expression: [
      (identifier) @type
      (member_access_expression name: (identifier) @type)
    ]
    name: (identifier) @method)
  arguments: (argument_list
    .
    (argument)
    .
    (argument)
    .
    (argument)
    .
    (argument (_) @iterations .)
    .
    (argument (_) @hash .)
    .)
  (#eq? @type "Rfc2898DeriveBytes")
  (#eq? @method "Pbkdf2")
  (#match? @hash "HashAlgorithmName")) @match
