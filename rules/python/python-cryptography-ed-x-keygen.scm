; `Ed25519PrivateKey.generate()`, `ed448.Ed448PrivateKey.generate()`, `x25519.X25519PrivateKey.generate()`,
; `X448PrivateKey.generate()`: @class names the algorithm.
(call
  function: (attribute
    object: [
      (identifier) @class
      (attribute attribute: (identifier) @class)
    ]
    attribute: (identifier) @method)
  (#match? @class "^(Ed25519|Ed448|X25519|X448)PrivateKey$")
  (#eq? @method "generate")) @match
