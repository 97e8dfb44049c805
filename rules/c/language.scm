; C: the facts every C rule is matched against (see rules/README.md, "language.scm").
; rules/cpp/language.scm gathers the same facts from C++ (C rules run on C++ files too): keep the
; call, constant and reference shapes of both files in step.

; Calls: `EVP_aes_256_gcm()`, `MD5(data, len, out)`, `ctx->method->init(...)`, `s.f(...)`.
((call_expression
  function: [(identifier) (field_expression)] @callee
  arguments: (argument_list) @arguments) @call
  (#not-match? @callee "^EVP_PKEY_CTX_set1?_"))

; Calls that configure the object passed as their first argument
; (`EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 2048)`): the first argument is the receiver, so a modifier
; rule (`modifies: receiver`) completes the finding bound to that variable
; (`EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL)`).
((call_expression
  function: (identifier) @method
  arguments: (argument_list . (_) @receiver) @arguments) @call
  (#match? @method "^EVP_PKEY_CTX_set1?_"))

; Names bound to values: `int bits = 2048;`, `static const char *ALG = "aes-256-cbc";`,
; `const char ALG[] = "sha1";`, `EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(...)`.
(init_declarator
  declarator: (identifier) @constant.name
  value: (_) @constant.value)
(init_declarator
  declarator: (pointer_declarator declarator: (identifier) @constant.name)
  value: (_) @constant.value)
(init_declarator
  declarator: (pointer_declarator declarator: (pointer_declarator declarator: (identifier) @constant.name))
  value: (_) @constant.value)
(init_declarator
  declarator: (array_declarator declarator: (identifier) @constant.name)
  value: (_) @constant.value)

; Assignments (plain `=` only: `bits += 8` binds nothing): `ctx = EVP_PKEY_CTX_new_id(...)`,
; `s->ctx = ...`.
(assignment_expression
  left: [(identifier) (field_expression)] @constant.name
  operator: "="
  right: (_) @constant.value)

; Macros and enumerators: `#define KEY_BITS 2048`, `#define ALG "aes-256-cbc"`, `enum { BITS = 2048 };`.
(preproc_def
  name: (identifier) @constant.name
  value: (preproc_arg) @constant.value)
(enumerator
  name: (identifier) @constant.name
  value: (_) @constant.value)

; Library constants used as values (`NID_X9_62_prime256v1`, `MBEDTLS_CIPHER_AES_128_GCM`,
; `MBEDTLS_MD_SHA256`): upper-case-prefixed names passed, assigned, returned or listed.
((argument_list (identifier) @reference)
  (#match? @reference "^[A-Z][A-Z0-9]*_"))
((init_declarator value: (identifier) @reference)
  (#match? @reference "^[A-Z][A-Z0-9]*_"))
((assignment_expression right: (identifier) @reference)
  (#match? @reference "^[A-Z][A-Z0-9]*_"))
((initializer_list (identifier) @reference)
  (#match? @reference "^[A-Z][A-Z0-9]*_"))
((initializer_pair value: (identifier) @reference)
  (#match? @reference "^[A-Z][A-Z0-9]*_"))
((return_statement (identifier) @reference)
  (#match? @reference "^[A-Z][A-Z0-9]*_"))
