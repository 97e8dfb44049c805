; A raw block or stream cipher of the RustCrypto crates keyed: `Aes128::new(&key)`,
; `aes::Aes256Enc::new_from_slice(&key)`, `TdesEde3::new_from_slice(&key)`,
; `ChaCha20::new(&key, &nonce)`, `Rc4::new(&key)`, `<Aes128 as KeyInit>::new(&key)`. Type names that
; an application may use for its own types (Des, Blowfish, Serpent, Idea, ...) are matched through
; their imports by the rule's `calls` instead.
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
    "Aes128" "Aes192" "Aes256" "Aes128Enc" "Aes192Enc" "Aes256Enc" "Aes128Dec" "Aes192Dec"
    "Aes256Dec" "TdesEde2" "TdesEde3" "TdesEee2" "TdesEee3" "Sm4" "Cast5" "Rc2" "Camellia128"
    "Camellia192" "Camellia256" "Aria128" "Aria192" "Aria256" "Kuznyechik" "Gost89" "ChaCha20"
    "XChaCha20" "ChaCha20Legacy" "Salsa20" "XSalsa20" "Rc4")
  (#any-of? @method "new" "new_from_slice" "new_from_slices" "new_with_eff_key_len")) @match

; A function instantiated with a block cipher: `cbc_decrypt::<TdesEde3>(&key, &iv, data)`,
; `encrypt_block::<aes::Aes256>(..)` (a helper generic over the cipher uses that cipher).
(call_expression
  function: (generic_function
    type_arguments: (type_arguments
      [(type_identifier) @algorithm (scoped_type_identifier name: (type_identifier) @algorithm)]))
  (#any-of? @algorithm
    "Aes128" "Aes192" "Aes256" "Aes128Enc" "Aes192Enc" "Aes256Enc" "Aes128Dec" "Aes192Dec"
    "Aes256Dec" "TdesEde2" "TdesEde3" "TdesEee2" "TdesEee3" "Sm4" "Cast5" "Rc2" "Camellia128"
    "Camellia192" "Camellia256" "Aria128" "Aria192" "Aria256" "Kuznyechik" "Gost89")) @match
