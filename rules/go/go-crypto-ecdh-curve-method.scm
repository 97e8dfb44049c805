;; `curve := ecdh.P256()` (or `var curve = ecdh.X25519()`, `curve = ecdh.P384()`) followed, in the same
;; statement list, by a key made or parsed on it: `curve.GenerateKey(rand.Reader)`, `curve.NewPrivateKey(b)`,
;; `curve.NewPublicKey(b)`, assigned, returned, a statement of its own or an `if` initializer. @curve is the curve constructor,
;; @match the method call.
((statement_list
  [
    (short_var_declaration
      left: (expression_list . (identifier) @_var)
      right: (expression_list . (call_expression) @curve))
    (assignment_statement
      left: (expression_list . (identifier) @_var)
      right: (expression_list . (call_expression) @curve))
    (var_declaration
      (var_spec
        name: (identifier) @_var
        value: (expression_list . (call_expression) @curve)))
  ]
  [
    (short_var_declaration
      right: (expression_list
        (call_expression
          function: (selector_expression
            operand: (identifier) @_receiver
            field: (field_identifier) @_method)) @match))
    (assignment_statement
      right: (expression_list
        (call_expression
          function: (selector_expression
            operand: (identifier) @_receiver
            field: (field_identifier) @_method)) @match))
    (return_statement
      (expression_list
        (call_expression
          function: (selector_expression
            operand: (identifier) @_receiver
            field: (field_identifier) @_method)) @match))
    (expression_statement
      (call_expression
        function: (selector_expression
          operand: (identifier) @_receiver
          field: (field_identifier) @_method)) @match)
    (if_statement
      initializer: (short_var_declaration
        right: (expression_list
          (call_expression
            function: (selector_expression
              operand: (identifier) @_receiver
              field: (field_identifier) @_method)) @match)))
  ])
  (#eq? @_var @_receiver)
  (#match? @curve "^ecdh\\.(P256|P384|P521|X25519)\\(\\s*\\)$")
  (#any-of? @_method "GenerateKey" "NewPrivateKey" "NewPublicKey"))
