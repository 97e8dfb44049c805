;; A crypto/elliptic NIST curve chosen as a value of its own: bound to a name (`curve := elliptic.P256()`,
;; `var c = elliptic.P384()`, `c = elliptic.P521()`), put in a struct field (`ecdsa.PublicKey{Curve:
;; elliptic.P256(), ...}`) or returned. A curve written straight into a call (`ecdsa.GenerateKey(
;; elliptic.P256(), rand.Reader)`) is that call's business (go-crypto-ecdsa-keygen, ...), not matched here.
([
  (short_var_declaration right: (expression_list (call_expression) @match))
  (assignment_statement right: (expression_list (call_expression) @match))
  (var_spec value: (expression_list (call_expression) @match))
  (keyed_element value: (literal_element (call_expression) @match))
  (return_statement (expression_list (call_expression) @match))
 ]
 (#match? @match "^elliptic\\.P(224|256|384|521)\\(\\s*\\)$"))
