; Python: the facts every Python rule is matched against (see rules/README.md, "language.scm").

; Calls: `hashlib.sha256(data)`, `Cipher(algorithms.AES(key), modes.GCM(iv))`, `key.sign(...)`. The
; callee is written as is (`hashlib.sha256`, `algorithms.AES`); keyword arguments stay in the argument
; list as `keyword_argument` nodes (fields `name` and `value`), which `property:` reads.
(call
  function: (_) @callee
  arguments: (_) @arguments) @call

; Names bound to values: `KEY_SIZE = 2048`, `x: int = 5`, `self.mode = modes.GCM(iv)`, `(n := 2048)`.
(assignment
  left: (identifier) @constant.name
  right: (_) @constant.value)
(assignment
  left: (attribute) @constant.name
  right: (_) @constant.value)
(named_expression
  name: (identifier) @constant.name
  value: (_) @constant.value)

; Imports. `import hashlib` and `import Crypto.Cipher.AES` bind the written path itself (nothing to
; alias); `import hashlib as hl` binds an alias.
(import_statement
  name: (aliased_import
    name: (dotted_name) @import.module
    alias: (identifier) @import.alias))
; `from Crypto.Cipher import AES`, `from cryptography.hazmat.primitives import hashes as h`.
; Relative imports (`from .util import md5`) name the project's own modules: not aliased.
(import_from_statement
  module_name: (dotted_name) @import.module
  name: (dotted_name) @import.name)
(import_from_statement
  module_name: (dotted_name) @import.module
  name: (aliased_import
    name: (dotted_name) @import.name
    alias: (identifier) @import.alias))

; Qualified names that are not calls: `AES.MODE_CBC`, `crypto.TYPE_RSA`, `ssl.PROTOCOL_TLSv1`.
(attribute) @reference
