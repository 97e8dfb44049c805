;; A crypto/tls configuration written as a composite literal: `tls.Config{...}`, `&tls.Config{...}`.
((composite_literal
   type: (qualified_type
     package: (package_identifier) @_pkg
     name: (type_identifier) @_type)) @match
 (#eq? @_pkg "tls")
 (#eq? @_type "Config"))
