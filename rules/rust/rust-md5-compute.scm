; The md5 crate (not md-5): `md5::compute(data)`, `md5::Context::new()`, also inside a macro:
; `format!("{:x}", md5::compute(data))`.
(call_expression
  function: (scoped_identifier
    path: (identifier) @crate
    name: (identifier) @function)
  (#eq? @crate "md5")
  (#eq? @function "compute")) @match
(call_expression
  function: (scoped_identifier
    path: (scoped_identifier path: (identifier) @crate name: (identifier) @type)
    name: (identifier) @function)
  (#eq? @crate "md5")
  (#eq? @type "Context")
  (#eq? @function "new")) @match
(token_tree
  (identifier) @crate @match
  .
  (identifier) @function
  .
  (token_tree)
  (#eq? @crate "md5")
  (#eq? @function "compute"))
