; `new GCMSIVBlockCipher()` with no argument.
(object_creation_expression
  type: (_) @type
  arguments: (argument_list) @arguments
  (#match? @type "(^|[.])GCMSIVBlockCipher$")
  (#eq? @arguments "()")) @match
