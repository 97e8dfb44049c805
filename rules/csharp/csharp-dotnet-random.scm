; System.Random, the non-cryptographic generator: `new Random()`, `new Random(seed)`,
; `new System.Random()`, `Random rng = new();`, and the shared instance `Random.Shared.Next(...)`.
(object_creation_expression
  type: (identifier) @type
  (#eq? @type "Random")) @match

(object_creation_expression
  type: (qualified_name
    qualifier: (identifier) @namespace
    name: (identifier) @type)
  (#eq? @namespace "System")
  (#eq? @type "Random")) @match

(variable_declaration
  type: [
    (identifier) @type
    (qualified_name name: (identifier) @type)
  ]
  (variable_declarator
    (implicit_object_creation_expression) @match)
  (#eq? @type "Random"))

(invocation_expression
  function: (member_access_expression
    expression: (member_access_expression
      expression: [
        (identifier) @type
        (member_access_expression name: (identifier) @type)
      ]
      name: (identifier) @shared)
    name: (identifier) @method)
  (#eq? @type "Random")
  (#eq? @shared "Shared")
  (#any-of? @method "Next" "NextInt64" "NextDouble" "NextSingle" "NextBytes" "GetItems" "GetHexString" "GetString")) @match
