; An AEAD (or key wrap) of the RustCrypto crates keyed: `Aes256Gcm::new(&key)`, `KekAes256::from(kek)`,
; `aes_gcm::Aes128Gcm::new_from_slice(&key)?`, `<ChaCha20Poly1305 as KeyInit>::new(&key)`.
(call_expression
  function: (scoped_identifier
    path: [
      (identifier) @algorithm
      (scoped_identifier name: (identifier) @algorithm)
      (bracketed_type
        (qualified_type
          type: [
            (type_identifier) @algorithm
            (scoped_type_identifier name: (type_identifier) @algorithm)
          ]))
    ]
    name: (identifier) @method)
  (#any-of? @algorithm
    "Aes128Gcm" "Aes256Gcm" "Aes128GcmSiv" "Aes256GcmSiv" "ChaCha20Poly1305" "XChaCha20Poly1305"
    "XSalsa20Poly1305" "Aes128SivAead" "Aes256SivAead" "Aes128Siv" "Aes256Siv" "Aes128Ocb3" "Aes256Ocb3"
    "AsconAead128" "KekAes128" "KekAes192" "KekAes256")
  (#any-of? @method "new" "new_from_slice" "from")) @match

; A generic mode over a block cipher: `AesGcm::<Aes256, U12>::new(&key)` (a nonce size of its own),
; `Ccm::<Aes256, U10, U13>::new(&key)`, `Eax::<Aes256>::new(&key)`.
(call_expression
  function: (scoped_identifier
    path: (generic_type
      type: [(identifier) (type_identifier) (scoped_identifier name: (_)) (scoped_type_identifier name: (_))] @mode
      type_arguments: (type_arguments
        .
        [
          (type_identifier) @cipher
          (scoped_type_identifier name: (type_identifier) @cipher)
        ]))
    name: (identifier) @method)
  (#match? @mode "(^|::)(AesGcm|AesGcmSiv|Ccm|Eax|Ocb3)$")
  (#any-of? @method "new" "new_from_slice")) @match
