; Go: the facts every Go rule is matched against (see rules/README.md, "language.scm").

; Calls: `aes.NewCipher(key)`, `hmac.New(sha256.New, key)`, `ecdh.P256().GenerateKey(rand.Reader)`
; (callee `ecdh.P256().GenerateKey`), `cipher.NewGCM(block)`, and plain `f(x)`.
(call_expression
  function: (selector_expression) @callee
  arguments: (argument_list) @arguments) @call
(call_expression
  function: (identifier) @callee
  arguments: (argument_list) @arguments) @call

; Names bound to values. `block, err := aes.NewCipher(key)` and `a, b = 1, 2` bind the first name to
; the first value; `var`/`const` specs likewise (`const keyBits = 2048`, `var curve = elliptic.P256()`).
(short_var_declaration
  left: (expression_list . (identifier) @constant.name)
  right: (expression_list . (_) @constant.value)
  (#not-match? @constant.value "^make\\(\\s*\\[\\]\\s*byte\\s*,"))
(assignment_statement
  left: (expression_list . (identifier) @constant.name)
  right: (expression_list . (_) @constant.value)
  (#not-match? @constant.value "^make\\(\\s*\\[\\]\\s*byte\\s*,"))
(var_spec
  . name: (identifier) @constant.name
  value: (expression_list . (_) @constant.value)
  (#not-match? @constant.value "^make\\(\\s*\\[\\]\\s*byte\\s*,"))
; A byte slice made with a length is bound to that length, so a key's size can be read from it:
; `key := make([]byte, 32)` then `aes.NewCipher(key)` is AES-256.
(short_var_declaration
  left: (expression_list . (identifier) @constant.name)
  right: (expression_list . (call_expression
    function: (identifier) @_make
    arguments: (argument_list
      . (slice_type element: (type_identifier) @_byte)
      . (_) @constant.value)))
  (#eq? @_make "make")
  (#eq? @_byte "byte"))
(assignment_statement
  left: (expression_list . (identifier) @constant.name)
  right: (expression_list . (call_expression
    function: (identifier) @_make
    arguments: (argument_list
      . (slice_type element: (type_identifier) @_byte)
      . (_) @constant.value)))
  (#eq? @_make "make")
  (#eq? @_byte "byte"))
(var_spec
  . name: (identifier) @constant.name
  value: (expression_list . (call_expression
    function: (identifier) @_make
    arguments: (argument_list
      . (slice_type element: (type_identifier) @_byte)
      . (_) @constant.value)))
  (#eq? @_make "make")
  (#eq? @_byte "byte"))
(const_spec
  . name: (identifier) @constant.name
  value: (expression_list . (_) @constant.value))

; Imports: `"crypto/aes"` (local name `aes`), `mrand "math/rand"` (local name `mrand`). Blank (`_`) and
; dot imports bind no name.
(import_spec
  !name
  path: (_) @import.path)
(import_spec
  name: (package_identifier) @import.alias
  path: (_) @import.path)

; Qualified names used as values, not called: `tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256` in a
; CipherSuites list, `tls.CurveP256`, `crypto.SHA256`, `sha256.New` passed to `hmac.New`. Only where a
; value is used (arguments, composite-literal elements and field values, right-hand sides, returns),
; not in comparisons, `case` labels or map keys, which only mention a name.
(argument_list (selector_expression) @reference)
(literal_value (literal_element (selector_expression) @reference))
(keyed_element value: (literal_element (selector_expression) @reference))
(short_var_declaration right: (expression_list (selector_expression) @reference))
(assignment_statement right: (expression_list (selector_expression) @reference))
(var_spec value: (expression_list (selector_expression) @reference))
(const_spec value: (expression_list (selector_expression) @reference))
(return_statement (expression_list (selector_expression) @reference))
