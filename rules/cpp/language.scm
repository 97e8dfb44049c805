; C++: the facts every C++ rule, and every C rule (they run on C++ files too), is matched against
; (see rules/README.md, "language.scm"). The C shapes below are those of rules/c/language.scm, so a
; plain C call gives the same callee in a .cpp file as in a .c file: keep the two files in step.

; Calls: `EVP_aes_256_gcm()`, `ctx->method(...)`, `std::rand()`, `Botan::BlockCipher::create("AES-128")`,
; `::SHA256(...)`, `foo<T>(...)`. (`std::make_unique<T>(...)` is a construction of T, below.)
((call_expression
  function: [(identifier) (field_expression) (qualified_identifier) (template_function)] @callee
  arguments: (argument_list) @arguments) @call
  (#not-match? @callee "^EVP_PKEY_CTX_set1?_|make_(unique|shared)<"))

; Calls that configure the object passed as their first argument
; (`EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 2048)`): the first argument is the receiver, so a modifier
; rule (`modifies: receiver`) completes the finding bound to that variable.
((call_expression
  function: (identifier) @method
  arguments: (argument_list . (_) @receiver) @arguments) @call
  (#match? @method "^EVP_PKEY_CTX_set1?_"))

; Constructions: `new Botan::RSA_PrivateKey(rng, 2048)`, `std::make_unique<Botan::AES_256>()`,
; `std::mt19937{seed}`, and objects declared with or without constructor arguments:
; `Botan::RSA_PrivateKey key(rng, 2048);`, `std::mt19937 gen{seed};`, `CryptoPP::SHA256 hash;`,
; `CBC_Mode<AES>::Encryption enc;` (the callee is the type, template arguments dropped). Objects of a
; template type (`HMAC<SHA256> mac;`, `std::vector<byte> key(32);`) are left to rule queries.
(new_expression
  type: (_) @callee
  arguments: (_) @arguments) @call
(new_expression
  type: (_) @callee
  !arguments) @call
((call_expression
  function: (qualified_identifier
    name: (template_function
      name: (identifier) @_make
      arguments: (template_argument_list . (type_descriptor type: (_) @callee))))
  arguments: (argument_list) @arguments) @call
  (#match? @_make "^make_(unique|shared)$"))
((call_expression
  function: (template_function
    name: (identifier) @_make
    arguments: (template_argument_list . (type_descriptor type: (_) @callee)))
  arguments: (argument_list) @arguments) @call
  (#match? @_make "^make_(unique|shared)$"))
(compound_literal_expression
  type: (_) @callee
  value: (initializer_list) @arguments) @call
((declaration
  type: [(qualified_identifier) (type_identifier)] @callee
  declarator: (init_declarator
    value: [(argument_list) (initializer_list)] @arguments @call))
  (#not-match? @callee "string$"))
(declaration
  type: [(qualified_identifier) (type_identifier)] @callee
  declarator: (identifier) @call)
(field_declaration
  type: [(qualified_identifier) (type_identifier)] @callee
  declarator: (field_identifier) @call
  !default_value)
(field_declaration
  type: [(qualified_identifier) (type_identifier)] @callee
  declarator: (field_identifier)
  default_value: (initializer_list) @arguments @call)
; `std::mt19937 gen(rd());` and `std::mt19937 gen(seed);` parse as function declarations; inside a
; function body they are objects.
(compound_statement
  (declaration
    type: [(qualified_identifier) (type_identifier)] @callee
    declarator: (function_declarator
      declarator: (identifier)
      parameters: (parameter_list) @arguments @call)))

; Names bound to values (as in C): `int bits = 2048;`, `static const char *ALG = "aes-256-cbc";`,
; `constexpr auto ALG = "AES-256/GCM";`, `const std::string name = "SHA-256";`, `auto& r = ...`.
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
(init_declarator
  declarator: (reference_declarator (identifier) @constant.name)
  value: (_) @constant.value)
; `std::string alg("SHA-256");`: the string it holds.
((declaration
  type: (_) @_type
  declarator: (init_declarator
    declarator: (identifier) @constant.name
    value: (argument_list . (_) @constant.value .)))
  (#match? @_type "string$"))
; Class constants: `static constexpr int kBits = 2048;`.
(field_declaration
  declarator: (field_identifier) @constant.name
  default_value: (_) @constant.value)

; Assignments (plain `=` only): `ctx = EVP_PKEY_CTX_new_id(...)`, `s->ctx = ...`.
(assignment_expression
  left: [(identifier) (field_expression)] @constant.name
  operator: "="
  right: (_) @constant.value)

; Macros and enumerators: `#define KEY_BITS 2048`, `enum { BITS = 2048 };`.
(preproc_def
  name: (identifier) @constant.name
  value: (preproc_arg) @constant.value)
(enumerator
  name: (identifier) @constant.name
  value: (_) @constant.value)

; Imports: `using CryptoPP::AES;` makes `AES` stand for `CryptoPP::AES`; `namespace CP = CryptoPP;`;
; type aliases `using Engine = std::mt19937;` and `typedef std::mt19937 Engine;`.
(using_declaration (qualified_identifier) @import.path)
(namespace_alias_definition
  name: (namespace_identifier) @import.alias
  [(namespace_identifier) (nested_namespace_specifier)] @import.module)
(alias_declaration
  name: (type_identifier) @import.alias
  type: (type_descriptor type: [(qualified_identifier) (type_identifier)] @import.module))
(type_definition
  type: [(qualified_identifier) (type_identifier)] @import.module
  declarator: (type_identifier) @import.alias)

; Library constants used as values (as in C): `NID_X9_62_prime256v1`, `MBEDTLS_CIPHER_AES_128_GCM`.
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
