; Java: the facts every Java rule is matched against (see rules/README.md, "language.scm").

; Method calls: `Cipher.getInstance(...)`, `kpg.initialize(...)`, `digest(...)`.
(method_invocation
  object: (_) @receiver
  name: (identifier) @method
  arguments: (argument_list) @arguments) @call
(method_invocation
  !object
  name: (identifier) @method
  arguments: (argument_list) @arguments) @call

; Constructors: `new SecretKeySpec(key, "AES")`, `new AESEngine()`.
(object_creation_expression
  type: (_) @callee
  arguments: (argument_list) @arguments) @call

; Names bound to values: locals, fields (`static final String ALG = "AES"`), assignments.
(variable_declarator
  name: (identifier) @constant.name
  value: (_) @constant.value)
(assignment_expression
  left: (identifier) @constant.name
  right: (_) @constant.value)

; Imports: `import javax.crypto.Cipher;`, `import org.bouncycastle.crypto.engines.*;`.
(import_declaration (scoped_identifier) @import.path)

; Qualified names that are not calls: `NamedParameterSpec.ML_KEM_768`, `MLDSAParameters.ml_dsa_65`.
(field_access) @reference
