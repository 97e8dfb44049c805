; Rust: the facts every Rust rule is matched against (see rules/README.md, "language.scm").
; Rule queries (`<id>.scm`) read the shapes these cannot express: generic type arguments
; (`Hmac::<Sha256>`, `cbc::Encryptor<Aes128>`), calls inside macro token trees (`format!`).

; Calls to a path or a function: `Aes256Gcm::new(&key)`, `sha2::Sha256::digest(data)`,
; `pbkdf2_hmac::<Sha256>(...)`, `Oaep::new::<Sha256>()`, `Hmac::<Sha256>::new_from_slice(key)`
; (generic arguments are dropped from the callee: `Hmac.new_from_slice`).
(call_expression
  function: (identifier) @callee
  arguments: (arguments) @arguments) @call
(call_expression
  function: (scoped_identifier
    path: [(identifier) (scoped_identifier) (generic_type) (self) (super) (crate)])  @callee
  arguments: (arguments) @arguments) @call
(call_expression
  function: (generic_function) @callee
  arguments: (arguments) @arguments) @call

; `<Sha256 as Digest>::new()`: the callee is the type's path and the method (`Sha256.new`).
(call_expression
  function: (scoped_identifier
    path: (bracketed_type (qualified_type type: (_) @receiver))
    name: (identifier) @method)
  arguments: (arguments) @arguments) @call

; Method calls: `cipher.encrypt(&nonce, data)`, `Scrypt.hash_password(pw, &salt)`.
(call_expression
  function: (field_expression
    value: (_) @receiver
    field: (field_identifier) @method)
  arguments: (arguments) @arguments
  (#not-any-of? @method "unwrap" "expect")) @call
; `f(x).unwrap()`, `f(x).expect("..")` stand for `f(x)`: their arguments are those of the call they
; unwrap, so `inner: 0` reads `100_000` in `NonZeroU32::new(100_000).unwrap()`, also through a
; variable bound to it.
(call_expression
  function: (field_expression
    value: (call_expression arguments: (arguments) @arguments) @receiver
    field: (field_identifier) @method)
  (#any-of? @method "unwrap" "expect")) @call

; Generic types, as a "call" of the type with its type arguments, so that a name bound to one
; (`type HmacSha256 = Hmac<Sha256>;`) can be followed to its arguments (`inner: 0` is `Sha256`).
(generic_type
  type: (_) @callee
  type_arguments: (type_arguments) @arguments) @call

; Names bound to values: `let`, `const`, `static`, assignments, type aliases.
(let_declaration
  pattern: (identifier) @constant.name
  value: (_) @constant.value)
(const_item
  name: (identifier) @constant.name
  value: (_) @constant.value)
(static_item
  name: (identifier) @constant.name
  value: (_) @constant.value)
(assignment_expression
  left: (identifier) @constant.name
  right: (_) @constant.value)
(type_item
  name: (type_identifier) @constant.name
  type: (_) @constant.value)
; A function parameter binds its name too (to itself, which does not resolve), so that a
; parameter is not mistaken for a `let` of the same name elsewhere in the file.
(parameter
  pattern: (identifier) @constant.name) @constant.value

; Imports: `use aes_gcm::Aes256Gcm;` (Aes256Gcm is aes_gcm.Aes256Gcm), `use ring::aead as a;`,
; `use sha2::{Digest, Sha256};` (each name of the list), `use ring::aead::{self, ...}`.
(use_declaration
  argument: (scoped_identifier) @import.path)
(use_declaration
  argument: (use_as_clause
    path: (_) @import.path
    alias: (identifier) @import.alias))
(use_declaration
  argument: (scoped_use_list
    path: (_) @import.module
    list: (use_list [(identifier) (scoped_identifier)] @import.name)))
(use_declaration
  argument: (scoped_use_list
    path: (_) @import.module
    list: (use_list
      (use_as_clause
        path: [(identifier) (scoped_identifier)] @import.name
        alias: (identifier) @import.alias))))
(use_declaration
  argument: (scoped_use_list
    path: (_) @import.path
    list: (use_list (self))))
(use_declaration
  argument: (scoped_use_list
    path: (_) @import.path
    list: (use_list
      (use_as_clause
        path: (self)
        alias: (identifier) @import.alias))))
; Nested lists keep the crate and the name: `use p256::{ecdsa::{SigningKey, Signature}};` makes
; SigningKey an alias of p256.SigningKey (rules list that form beside p256.ecdsa.SigningKey).
(use_declaration
  argument: (scoped_use_list
    path: (_) @import.module
    list: (use_list
      (scoped_use_list
        list: (use_list [(identifier) (scoped_identifier)] @import.name)))))

; Qualified names that are not calls: `&aead::AES_256_GCM`, `kx_group::X25519`,
; `hmac::Key::new(hmac::HMAC_SHA256, key)`; and constant-like names used alone once imported
; (`use ring::aead::AES_256_GCM;` then `&AES_256_GCM`). Named only where an expression stands
; (not in `use` declarations, not as the callee of a call).
(arguments [(scoped_identifier) (identifier)] @reference
  (#match? @reference "(^|::)[A-Z][A-Z0-9_]*$"))
(reference_expression value: [(scoped_identifier) (identifier)] @reference
  (#match? @reference "(^|::)[A-Z][A-Z0-9_]*$"))
(array_expression [(scoped_identifier) (identifier)] @reference
  (#match? @reference "(^|::)[A-Z][A-Z0-9_]*$"))
(tuple_expression [(scoped_identifier) (identifier)] @reference
  (#match? @reference "(^|::)[A-Z][A-Z0-9_]*$"))
(let_declaration value: [(scoped_identifier) (identifier)] @reference
  (#match? @reference "(^|::)[A-Z][A-Z0-9_]*$"))
(const_item value: [(scoped_identifier) (identifier)] @reference
  (#match? @reference "(^|::)[A-Z][A-Z0-9_]*$"))
(static_item value: [(scoped_identifier) (identifier)] @reference
  (#match? @reference "(^|::)[A-Z][A-Z0-9_]*$"))
(field_initializer value: [(scoped_identifier) (identifier)] @reference
  (#match? @reference "(^|::)[A-Z][A-Z0-9_]*$"))
(assignment_expression right: [(scoped_identifier) (identifier)] @reference
  (#match? @reference "(^|::)[A-Z][A-Z0-9_]*$"))
(return_expression [(scoped_identifier) (identifier)] @reference
  (#match? @reference "(^|::)[A-Z][A-Z0-9_]*$"))
(block [(scoped_identifier) (identifier)] @reference .
  (#match? @reference "(^|::)[A-Z][A-Z0-9_]*$"))
(match_arm value: [(scoped_identifier) (identifier)] @reference
  (#match? @reference "(^|::)[A-Z][A-Z0-9_]*$"))
(binary_expression [(scoped_identifier) (identifier)] @reference
  (#match? @reference "(^|::)[A-Z][A-Z0-9_]*$"))
; Inside macros (`vec![cipher_suite::TLS13_AES_256_GCM_SHA384]`) the tokens are not parsed: a
; constant-like name there is a reference by itself.
(token_tree (identifier) @reference
  (#match? @reference "^[A-Z][A-Z0-9_]*[A-Z0-9]$"))
