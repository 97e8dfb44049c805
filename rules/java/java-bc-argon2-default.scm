; `new Argon2Parameters.Builder()` with no type.
(object_creation_expression
  type: (_) @type
  arguments: (argument_list) @arguments
  (#match? @type "(^|[.])Argon2Parameters[.]Builder$")
  (#eq? @arguments "()")) @match
