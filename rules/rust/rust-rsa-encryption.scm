; An RSA encryption scheme of the RustCrypto rsa crate. @kind names the scheme (a type or method
; name, or the module of a key type), @hash the OAEP hash when there is one.

; `Oaep::new::<Sha256>()`, `Oaep::new_with_mgf_hash::<Sha256, Sha1>()`,
; `PaddingScheme::new_oaep::<sha2::Sha256>()` (rsa 0.5 to 0.7).
(call_expression
  function: (generic_function
    function: (scoped_identifier
      path: [(identifier) (scoped_identifier name: (identifier))] @kind
      name: (identifier) @method)
    type_arguments: (type_arguments . (_) @hash))
  (#match? @kind "(^|::)Oaep$")
  (#any-of? @method "new" "new_with_label" "new_with_mgf_hash" "new_with_mgf_hash_and_label")) @match
(call_expression
  function: (generic_function
    function: (scoped_identifier
      path: [(identifier) (scoped_identifier name: (identifier))] @type
      name: (identifier) @kind)
    type_arguments: (type_arguments . (_) @hash))
  (#match? @type "(^|::)PaddingScheme$")
  (#any-of? @kind "new_oaep" "new_oaep_with_label" "new_oaep_with_mgf_hash")) @match

; `PaddingScheme::new_pkcs1v15_encrypt()`
(call_expression
  function: (scoped_identifier
    path: [(identifier) (scoped_identifier name: (identifier))] @type
    name: (identifier) @kind)
  (#match? @type "(^|::)PaddingScheme$")
  (#eq? @kind "new_pkcs1v15_encrypt")) @match

; The key types of rsa 0.9: `oaep::EncryptingKey::<Sha256>::new(public_key)`,
; `rsa::oaep::DecryptingKey::<Sha256>::new(private_key)`, `pkcs1v15::EncryptingKey::new(public_key)`.
(call_expression
  function: (scoped_identifier
    path: (generic_type
      type: [(identifier) (type_identifier) (scoped_identifier name: (identifier))] @kind
      type_arguments: (type_arguments
        .
        [(type_identifier) @hash (scoped_type_identifier name: (type_identifier) @hash)]))
    name: (identifier) @method)
  (#match? @kind "(^|::)(EncryptingKey|DecryptingKey)$")
  (#match? @hash "^(Sha1|Sha224|Sha256|Sha384|Sha512|Sha512_224|Sha512_256|Sha3_224|Sha3_256|Sha3_384|Sha3_512|Md5|Ripemd160)$")
  (#eq? @method "new")) @match
(call_expression
  function: (scoped_identifier
    path: (scoped_identifier
      path: [(identifier) @kind (scoped_identifier name: (identifier) @kind)]
      name: (identifier) @type)
    name: (identifier) @method)
  (#eq? @kind "pkcs1v15")
  (#any-of? @type "EncryptingKey" "DecryptingKey")
  (#eq? @method "new")) @match

; The PKCS #1 v1.5 scheme as a value: `private_key.decrypt(Pkcs1v15Encrypt, &ct)`,
; `let padding = rsa::Pkcs1v15Encrypt;`, `PaddingScheme::PKCS1v15Encrypt` (rsa 0.4).
(arguments
  [(identifier) @kind (scoped_identifier name: (identifier) @kind)] @match
  (#any-of? @kind "Pkcs1v15Encrypt" "PKCS1v15Encrypt"))
(let_declaration
  value: [(identifier) @kind (scoped_identifier name: (identifier) @kind)] @match
  (#any-of? @kind "Pkcs1v15Encrypt" "PKCS1v15Encrypt"))
