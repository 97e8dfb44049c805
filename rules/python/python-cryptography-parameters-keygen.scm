;; `params = dh.generate_parameters(...)` (or `dsa.generate_parameters(...)`) followed, in the same block or
;; module, by `params.generate_private_key()`: assigned, returned, or a statement of its own. @params is
;; the parameters call, @match the key generation.
((_
  (expression_statement
    (assignment
      left: (identifier) @_var
      right: (call
        function: (attribute
          object: (identifier) @_module
          attribute: (identifier) @_generate)) @params))
  (expression_statement
    (assignment
      right: (call
        function: (attribute
          object: (identifier) @_receiver
          attribute: (identifier) @_method)) @match)))
  (#eq? @_var @_receiver)
  (#any-of? @_module "dh" "dsa")
  (#eq? @_generate "generate_parameters")
  (#eq? @_method "generate_private_key"))
((_
  (expression_statement
    (assignment
      left: (identifier) @_var
      right: (call
        function: (attribute
          object: (identifier) @_module
          attribute: (identifier) @_generate)) @params))
  [
    (return_statement
      (call
        function: (attribute
          object: (identifier) @_receiver
          attribute: (identifier) @_method)) @match)
    (expression_statement
      (call
        function: (attribute
          object: (identifier) @_receiver
          attribute: (identifier) @_method)) @match)
  ])
  (#eq? @_var @_receiver)
  (#any-of? @_module "dh" "dsa")
  (#eq? @_generate "generate_parameters")
  (#eq? @_method "generate_private_key"))
