; `new Argon2Parameters.Builder(type)`: the Argon2 type is the first argument (absent: java-bc-argon2-default).
(object_creation_expression
  type: (_) @type
  arguments: (argument_list . (_) @variant)
  (#match? @type "(^|[.])Argon2Parameters[.]Builder$")) @match
