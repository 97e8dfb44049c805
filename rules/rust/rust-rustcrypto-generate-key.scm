; A random key generated for a RustCrypto cipher: `Aes256Gcm::generate_key(&mut OsRng)`,
; `ChaCha20Poly1305::generate_key(OsRng)`, `<Aes128 as KeyInit>::generate_key(&mut rng)`.
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
    "XSalsa20Poly1305" "Aes128SivAead" "Aes256SivAead" "Aes128Ocb3" "Aes256Ocb3" "AsconAead128"
    "Aes128" "Aes192" "Aes256" "Des" "TdesEde2" "TdesEde3" "ChaCha20" "XChaCha20" "Salsa20")
  (#eq? @method "generate_key")) @match
