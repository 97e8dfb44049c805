;; an SSH host key or public key signature algorithm named by a string in an x/crypto/ssh configuration: a `HostKeyAlgorithms`/`PublicKeyAuthAlgorithms` list
;; in a `ssh.Config`, `ssh.ClientConfig` or `ssh.ServerConfig` literal (any import name ending in
;; `ssh`), or assigned to such a field (`cfg.HostKeyAlgorithms = []string{...}`).
(composite_literal
  type: (qualified_type
    package: (package_identifier) @_pkg
    name: (type_identifier) @_type)
  body: (literal_value
    (keyed_element
      key: (literal_element (identifier) @_field)
      value: (literal_element
        (composite_literal
          body: (literal_value
            (literal_element (interpreted_string_literal) @match))))))
  (#match? @_pkg "ssh$")
  (#any-of? @_type "Config" "ClientConfig" "ServerConfig")
  (#any-of? @_field "HostKeyAlgorithms" "PublicKeyAuthAlgorithms"))
(assignment_statement
  left: (expression_list
    (selector_expression field: (field_identifier) @_field))
  right: (expression_list
    (composite_literal
      body: (literal_value
        (literal_element (interpreted_string_literal) @match))))
  (#any-of? @_field "HostKeyAlgorithms" "PublicKeyAuthAlgorithms"))
