; C#: the facts every C# rule is matched against (see rules/README.md, "language.scm").
; Grammar: tree-sitter-c-sharp 0.23.

; Method calls: `Aes.Create()`, `SHA256.HashData(data)`, `rsa.Encrypt(data, padding)`,
; `Random.Shared.Next()`, `kpg.Init(...)`, generic `a.B<T>(...)` (generic arguments are dropped).
(invocation_expression
  function: (member_access_expression
    expression: (_) @receiver
    name: (_) @method)
  arguments: (argument_list) @arguments) @call

; Null-conditional calls: `rsa?.Encrypt(data, padding)`.
(invocation_expression
  function: (conditional_access_expression
    condition: (_) @receiver
    (member_binding_expression
      name: (_) @method))
  arguments: (argument_list) @arguments) @call

; Calls of a plain name: `HashData(data)` after `using static`, local functions.
(invocation_expression
  function: [(identifier) (generic_name)] @method
  arguments: (argument_list) @arguments) @call

; Constructors: `new AesGcm(key)`, `new System.Security.Cryptography.AesManaged()`,
; `new AesEngine()`, `new AesManaged { KeySize = 128 }` (no argument list).
(object_creation_expression
  type: (_) @callee
  arguments: (argument_list) @arguments) @call
(object_creation_expression
  type: (_) @callee
  !arguments) @call

; Target-typed `new(...)`: the declared type is the callee (`AesGcm gcm = new(key);`,
; `private readonly Random _rng = new();`).
(variable_declaration
  type: [(identifier) (qualified_name) (generic_name) (alias_qualified_name)] @callee
  (variable_declarator
    (implicit_object_creation_expression
      (argument_list) @arguments) @call))
(variable_declaration
  type: (nullable_type
    type: (_) @callee)
  (variable_declarator
    (implicit_object_creation_expression
      (argument_list) @arguments) @call))

; Property assignments on a variable, presented as a call so that a modifier rule can complete the
; finding held by the variable: `aes.Mode = CipherMode.ECB;` is the call `aes.Mode` whose
; arguments are the target (argument 0) and the assigned value (argument 1).
(expression_statement
  (assignment_expression
    left: (member_access_expression
      expression: (identifier) @receiver
      name: (identifier) @method)
    operator: "="
    right: (_)) @arguments @call)
(expression_statement
  (assignment_expression
    left: (member_access_expression
      expression: (member_access_expression
        expression: "this"
        name: (identifier) @receiver)
      name: (identifier) @method)
    operator: "="
    right: (_)) @arguments @call)

; Object initializers, presented the same way with the declared variable as the receiver:
; `var aes = new AesManaged { KeySize = 128, Mode = CipherMode.ECB };` holds the calls
; `aes.KeySize` and `aes.Mode` (argument 1 is the value).
(variable_declarator
  name: (identifier) @receiver
  (object_creation_expression
    initializer: (initializer_expression
      (assignment_expression
        left: (identifier) @method
        right: (_)) @arguments @call)))
(assignment_expression
  left: (identifier) @receiver
  right: (object_creation_expression
    initializer: (initializer_expression
      (assignment_expression
        left: (identifier) @method
        right: (_)) @arguments @call)))

; Names bound to values: locals and fields (`const int KeyBits = 2048;`,
; `static readonly string Alg = "AES";`, `var aes = Aes.Create();`).
(variable_declarator
  name: (identifier) @constant.name
  "="
  (_) @constant.value)

; Assignments to a name or to `this.name` (statements only: object-initializer members are not
; variables).
(expression_statement
  (assignment_expression
    left: (identifier) @constant.name
    operator: "="
    right: (_) @constant.value))
(expression_statement
  (assignment_expression
    left: (member_access_expression
      expression: "this"
      name: (identifier) @constant.name)
    operator: "="
    right: (_) @constant.value))

; Properties with a value: `string Alg => "AES";`, `static string Alg { get; } = "AES";`.
(property_declaration
  name: (identifier) @constant.name
  value: (arrow_expression_clause (_) @constant.value))
(property_declaration
  name: (identifier) @constant.name
  accessors: (accessor_list)
  value: (_) @constant.value)

; Imports: `using System.Security.Cryptography;`, `global using Org.BouncyCastle.Security;`
; (the namespace's last segment becomes a local alias of the namespace).
(using_directive
  !name
  [(qualified_name) (identifier)] @import.path)

; Aliases: `using Sha = System.Security.Cryptography.SHA256;` makes `Sha.Create()` read
; `System.Security.Cryptography.SHA256.Create`.
(using_directive
  name: (identifier) @import.alias
  [(qualified_name) (identifier) (generic_name) (alias_qualified_name)] @import.module)

; Qualified names used as values, not called: `HashAlgorithmName.SHA256`, `CipherMode.ECB`,
; `ECCurve.NamedCurves.nistP256`, `MLKemAlgorithm.MLKem768`, `MLKemParameters.ml_kem_768`.
; Only the outermost name is taken (where it is an argument, an initial or assigned value, a
; returned value, a branch of `?:` or `switch`, or an element of an initializer); a comparison
; such as `if (mode == CipherMode.ECB)` is not a use.
(argument (member_access_expression) @reference)
(variable_declarator (member_access_expression) @reference)
(assignment_expression right: (member_access_expression) @reference)
(return_statement (member_access_expression) @reference)
(arrow_expression_clause (member_access_expression) @reference)
(conditional_expression consequence: (member_access_expression) @reference)
(conditional_expression alternative: (member_access_expression) @reference)
(switch_expression_arm (member_access_expression) @reference)
(initializer_expression (member_access_expression) @reference)
(property_declaration value: (member_access_expression) @reference)
(attribute_argument (member_access_expression) @reference)
