; PBKDF2 of System.Security.Cryptography without a hash argument, which is PBKDF2 with HMAC-SHA-1:
;   new Rfc2898DeriveBytes(password, salt)                 (1000 iterations)
;   new Rfc2898DeriveBytes(password, saltSize, iterations)
;   new Rfc2898DeriveBytes(password, salt, iterations)
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
    .)
  (#eq? @type "Rfc2898DeriveBytes")) @match

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
    .)
  (#eq? @type "Rfc2898DeriveBytes")) @match
