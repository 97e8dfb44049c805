; A key-exchange group inside a macro, whose tokens are not parsed:
; `vec![kx_group::X25519, kx_group::SECP256R1]`.
(token_tree
  (identifier) @module
  .
  (identifier) @group @match
  (#eq? @module "kx_group")
  (#match? @group "^[A-Z][A-Z0-9_]*$"))
