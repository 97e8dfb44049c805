; JavaScript: the facts every JavaScript rule is matched against (see rules/README.md, "language.scm").
; TypeScript and TSX files use rules/typescript/language.scm, which repeats these captures.

; Calls: `crypto.createHash("sha256")`, `createHash("md5")`, `subtle.digest(...)`, `Math.random()`.
; A chained call's callee keeps the chain as written (`crypto.createHash("md5").update`), so only its
; last segments can be matched. `require("crypto").createHash` is qualified by the import below.
(call_expression
  function: [(identifier) (member_expression)] @callee
  arguments: (arguments) @arguments
  (#not-match? @callee "\\.default\\s*\\.\\s*[A-Za-z_$][A-Za-z0-9_$]*$")) @call

; Compiled default imports (tsc `__importDefault`, Babel `_interopRequireDefault`):
; `crypto_1.default.createHash("sha256")` is `crypto_1.createHash`, qualified through the alias below.
(call_expression
  function: (member_expression
    object: (member_expression
      object: (identifier) @receiver
      property: (property_identifier) @_default)
    property: (property_identifier) @method)
  arguments: (arguments) @arguments
  (#eq? @_default "default")) @call

; `promisify(crypto.generateKeyPair)("rsa", options)`: the promisified function is the callee.
(call_expression
  function: (call_expression
    function: [(identifier) (member_expression)] @_promisify
    arguments: (arguments . [(identifier) (member_expression)] @callee .))
  arguments: (arguments) @arguments
  (#match? @_promisify "(^|\\.)promisify$")) @call

; Compiled ES modules (tsc, Babel): `(0, crypto_1.createHash)("sha256")`.
(call_expression
  function: (parenthesized_expression
    (sequence_expression . (number) . [(identifier) (member_expression)] @callee .))
  arguments: (arguments) @arguments) @call

; Constructors: `new jose.SignJWT(payload)`, `new NodeRSA({ b: 2048 })`, `new EC("secp256k1")`.
(new_expression
  constructor: [(identifier) (member_expression)] @callee
  arguments: (arguments) @arguments
  (#not-match? @callee "\\.default$")) @call
; `new node_rsa_1.default({ b: 2048 })` (compiled default import) constructs `node_rsa_1`.
(new_expression
  constructor: (member_expression
    object: (identifier) @callee
    property: (property_identifier) @_default)
  arguments: (arguments) @arguments
  (#eq? @_default "default")) @call

; Names bound to values: `const ALG = "sha256"`, `let iterations = 100000`, `ALG = ...`,
; `this.algorithm = "aes-256-gcm"`, class fields (`static ALG = "sha256"`).
(variable_declarator
  name: (identifier) @constant.name
  value: (_) @constant.value)
(assignment_expression
  left: [(identifier) (member_expression)] @constant.name
  right: (_) @constant.value)
(field_definition
  property: (property_identifier) @constant.name
  value: (_) @constant.value)

; ES imports: `import crypto from "crypto"`, `import * as jose from "jose"`,
; `import { createHash as hash, randomBytes } from "node:crypto"`.
(import_statement
  (import_clause (identifier) @import.alias)
  source: (string) @import.module
  (#not-match? @import.module "^[\"'](\\.|/)"))
(import_statement
  (import_clause (namespace_import (identifier) @import.alias))
  source: (string) @import.module
  (#not-match? @import.module "^[\"'](\\.|/)"))
(import_statement
  (import_clause
    (named_imports
      (import_specifier
        name: (_) @import.name
        alias: (identifier) @import.alias)))
  source: (string) @import.module
  (#not-match? @import.module "^[\"'](\\.|/)"))
(import_statement
  (import_clause
    (named_imports
      (import_specifier
        name: (_) @import.name
        !alias)))
  source: (string) @import.module
  (#not-match? @import.module "^[\"'](\\.|/)"))

; CommonJS: `const crypto = require("crypto")`, `const { createCipheriv, pbkdf2: kdf } = require("node:crypto")`,
; `const createHash = require("crypto").createHash`; dynamic `const crypto = await import("node:crypto")`.
(variable_declarator
  name: (identifier) @import.alias
  value: (call_expression
    function: (identifier) @_require
    arguments: (arguments . (string) @import.module .))
  (#eq? @_require "require")
  (#not-match? @import.module "^[\"'](\\.|/)"))
(variable_declarator
  name: (identifier) @import.alias
  value: (await_expression
    (call_expression
      function: (import)
      arguments: (arguments . (string) @import.module)))
  (#not-match? @import.module "^[\"'](\\.|/)"))
(variable_declarator
  name: (object_pattern
    (shorthand_property_identifier_pattern) @import.name)
  value: (call_expression
    function: (identifier) @_require
    arguments: (arguments . (string) @import.module .))
  (#eq? @_require "require")
  (#not-match? @import.module "^[\"'](\\.|/)"))
(variable_declarator
  name: (object_pattern
    (pair_pattern
      key: (property_identifier) @import.name
      value: (identifier) @import.alias))
  value: (call_expression
    function: (identifier) @_require
    arguments: (arguments . (string) @import.module .))
  (#eq? @_require "require")
  (#not-match? @import.module "^[\"'](\\.|/)"))
(variable_declarator
  name: (object_pattern
    (shorthand_property_identifier_pattern) @import.name)
  value: (await_expression
    (call_expression
      function: (import)
      arguments: (arguments . (string) @import.module)))
  (#not-match? @import.module "^[\"'](\\.|/)"))
(variable_declarator
  name: (identifier) @import.alias
  value: (member_expression
    object: (call_expression
      function: (identifier) @_require
      arguments: (arguments . (string) @import.module .))
    property: (property_identifier) @import.name)
  (#eq? @_require "require")
  (#not-match? @import.module "^[\"'](\\.|/)"))

; A relative module (`require("./crypto")`, `import * as crypto from "../crypto"`, `import { sign } from "./jwt"`)
; is the project's own code: its names are made aliases of the keyword (`require.verify`, `from.sign`), so
; `crypto.verify(...)` of a local `crypto.js` is not taken for Node's crypto.
(import_statement
  (import_clause [(identifier) @import.alias (namespace_import (identifier) @import.alias)])
  "from" @import.module
  source: (string) @_source
  (#match? @_source "^[\"'](\\.|/)"))
(import_statement
  (import_clause (named_imports (import_specifier name: (_) @import.name alias: (identifier) @import.alias)))
  "from" @import.module
  source: (string) @_source
  (#match? @_source "^[\"'](\\.|/)"))
(import_statement
  (import_clause (named_imports (import_specifier name: (_) @import.name !alias)))
  "from" @import.module
  source: (string) @_source
  (#match? @_source "^[\"'](\\.|/)"))
(variable_declarator
  name: (identifier) @import.alias
  value: [
    (call_expression
      function: (identifier) @import.module
      arguments: (arguments . (string) @_source .))
    (call_expression
      arguments: (arguments .
        (call_expression
          function: (identifier) @import.module
          arguments: (arguments . (string) @_source .))))
  ]
  (#eq? @import.module "require")
  (#match? @_source "^[\"'](\\.|/)"))
(variable_declarator
  name: (object_pattern [
    (shorthand_property_identifier_pattern) @import.name
    (pair_pattern key: (property_identifier) @import.name value: (identifier) @import.alias)
  ])
  value: (call_expression
    function: (identifier) @import.module
    arguments: (arguments . (string) @_source .))
  (#eq? @import.module "require")
  (#match? @_source "^[\"'](\\.|/)"))

; Compiled module objects: `const crypto_1 = __importDefault(require("crypto"))` (tsc),
; `var _crypto = _interopRequireDefault(require("crypto"))` (Babel), `__importStar`, and esbuild's
; `import_crypto = __toESM(require("crypto"), 1)`.
(variable_declarator
  name: (identifier) @import.alias
  value: (call_expression
    function: (identifier) @_interop
    arguments: (arguments .
      (call_expression
        function: (identifier) @_require
        arguments: (arguments . (string) @import.module .))))
  (#match? @_interop "^(__importDefault|__importStar|__toESM|_interopRequireDefault|_interopRequireWildcard)$")
  (#eq? @_require "require")
  (#not-match? @import.module "^[\"'](\\.|/)"))
(assignment_expression
  left: (identifier) @import.alias
  right: (call_expression
    function: (identifier) @_interop
    arguments: (arguments .
      (call_expression
        function: (identifier) @_require
        arguments: (arguments . (string) @import.module .))))
  (#match? @_interop "^(__importDefault|__importStar|__toESM|_interopRequireDefault|_interopRequireWildcard)$")
  (#eq? @_require "require")
  (#not-match? @import.module "^[\"'](\\.|/)"))

; `const pbkdf2Async = util.promisify(crypto.pbkdf2)`: the name is an alias of the function.
(variable_declarator
  name: (identifier) @import.alias
  value: (call_expression
    function: [(identifier) (member_expression)] @_promisify
    arguments: (arguments . [(identifier) (member_expression)] @import.path .))
  (#match? @_promisify "(^|\\.)promisify$"))

; `require("crypto").createHash("md5")`: the call `require("crypto")` is itself an alias of its module,
; so the callee `require("crypto").createHash` qualifies to `crypto.createHash`.
((call_expression
  function: (identifier) @_require
  arguments: (arguments . (string) @import.module .)) @import.alias
  (#eq? @_require "require")
  (#not-match? @import.module "[./]"))
