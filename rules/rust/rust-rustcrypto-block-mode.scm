; A block cipher in a mode of operation of the RustCrypto crates (cbc, ecb, ctr, cfb-mode, cfb8,
; ofb; and the older block-modes / aes-ctr crates), keyed. @cipher is the block cipher (the first
; generic argument), @typepath (`cbc::Encryptor`, read up to its crate) or @mode (`Ctr128BE`) names
; the mode.

; `cbc::Encryptor::<aes::Aes128>::new(&key.into(), &iv.into())`, `ecb::Decryptor::<Aes256>::new(..)`,
; `cfb_mode::Encryptor::<Aes128>::new(..)`.
(call_expression
  function: (scoped_identifier
    path: (generic_type
      type: (scoped_identifier
        path: (identifier) @crate
        name: (identifier) @type) @typepath
      type_arguments: (type_arguments
        .
        [(type_identifier) @cipher (scoped_type_identifier name: (type_identifier) @cipher)]))
    name: (identifier) @method)
  (#any-of? @crate "cbc" "ecb" "cfb_mode" "cfb8" "ofb")
  (#any-of? @type "Encryptor" "Decryptor" "BufEncryptor" "BufDecryptor")
  (#any-of? @method "new" "new_from_slices" "new_from_slice" "inner_iv_init" "inner_iv_slice_init")) @match

; A type that names the mode: `ctr::Ctr128BE::<Aes128>::new(..)`, `ofb::Ofb::<Aes128>::new(..)`,
; `Cbc::<Aes128, Pkcs7>::new_from_slices(&key, &iv)` (block-modes).
(call_expression
  function: (scoped_identifier
    path: (generic_type
      type: [(identifier) @mode (type_identifier) @mode (scoped_identifier name: (identifier) @mode)]
      type_arguments: (type_arguments
        .
        [(type_identifier) @cipher (scoped_type_identifier name: (type_identifier) @cipher)]))
    name: (identifier) @method)
  (#any-of? @mode
    "Cbc" "Ecb" "Cfb" "Cfb8" "Ofb" "Ctr128BE" "Ctr128LE" "Ctr64BE" "Ctr64LE" "Ctr32BE" "Ctr32LE")
  (#any-of? @method "new" "new_from_slices" "new_from_slice" "new_var" "new_fix" "inner_iv_init")) @match

; An alias: `type Aes128CbcEnc = cbc::Encryptor<aes::Aes128>;` then `Aes128CbcEnc::new(..)`, or
; `type Aes128Cbc = Cbc<Aes128, Pkcs7>;` then `Aes128Cbc::new_from_slices(&key, &iv)` (named for
; its mode, followed to its definition in the file); also aes-ctr's `Aes128Ctr::new(..)`.
(call_expression
  function: (scoped_identifier
    path: [(identifier) @alias (scoped_identifier name: (identifier) @alias)]
    name: (identifier) @method)
  (#match? @alias "(Cbc|CBC|Ecb|ECB|Cfb|CFB|Ofb|OFB|Ctr|CTR)([0-9A-Z_]|$)")
  (#not-any-of? @alias "Cbc" "Ecb" "Cfb" "Cfb8" "Ofb")
  (#any-of? @method "new" "new_from_slices" "new_from_slice" "new_var" "new_fix" "inner_iv_init")) @match

; The mode type imported alone (`use cbc::Encryptor;`): `Encryptor::<Aes128>::new(&key, &iv)`, the
; mode from its import (@modetype qualified: cbc.Encryptor); only over a known block cipher.
(call_expression
  function: (scoped_identifier
    path: (generic_type
      type: [(identifier) (type_identifier)] @modetype
      type_arguments: (type_arguments
        .
        [(type_identifier) @cipher (scoped_type_identifier name: (type_identifier) @cipher)]))
    name: (identifier) @method)
  (#any-of? @modetype "Encryptor" "Decryptor" "BufEncryptor" "BufDecryptor")
  (#any-of? @cipher
    "Aes128" "Aes192" "Aes256" "Aes128Enc" "Aes192Enc" "Aes256Enc" "Aes128Dec" "Aes192Dec"
    "Aes256Dec" "Des" "TdesEde2" "TdesEde3" "TdesEee2" "TdesEee3" "Blowfish" "Twofish" "Serpent"
    "Sm4" "Cast5" "Idea" "Rc2" "Camellia128" "Camellia192" "Camellia256" "Aria128" "Aria192"
    "Aria256" "Kuznyechik" "Magma")
  (#any-of? @method "new" "new_from_slices" "new_from_slice" "inner_iv_init" "inner_iv_slice_init")) @match
