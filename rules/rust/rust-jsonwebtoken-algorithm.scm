; `Algorithm::EdDSA` of jsonwebtoken, which the language query does not take as a constant name
; (not all capitals): a value in an argument, a `let`, a field or an array.
(arguments
  (scoped_identifier
    path: [(identifier) (scoped_identifier name: (identifier))] @type
    name: (identifier) @algorithm) @match
  (#match? @type "(^|::)Algorithm$")
  (#eq? @algorithm "EdDSA"))
(let_declaration
  value: (scoped_identifier
    path: [(identifier) (scoped_identifier name: (identifier))] @type
    name: (identifier) @algorithm) @match
  (#match? @type "(^|::)Algorithm$")
  (#eq? @algorithm "EdDSA"))
(field_initializer
  value: (scoped_identifier
    path: [(identifier) (scoped_identifier name: (identifier))] @type
    name: (identifier) @algorithm) @match
  (#match? @type "(^|::)Algorithm$")
  (#eq? @algorithm "EdDSA"))
(array_expression
  (scoped_identifier
    path: [(identifier) (scoped_identifier name: (identifier))] @type
    name: (identifier) @algorithm) @match
  (#match? @type "(^|::)Algorithm$")
  (#eq? @algorithm "EdDSA"))
; Inside a macro: `vec![Algorithm::RS256, Algorithm::ES256]`.
(token_tree
  (identifier) @type
  .
  (identifier) @algorithm @match
  (#eq? @type "Algorithm")
  (#match? @algorithm "^(HS|RS|PS|ES)(256|384|512)$|^EdDSA$"))
