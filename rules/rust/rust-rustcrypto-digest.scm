; A hash function type of the RustCrypto digest crates (sha1, sha2, sha3, md-5, md4, ripemd,
; blake2, sm3, streebog, whirlpool, Keccak256 of sha3; also openssl::sha::Sha256 and sha1_smol::Sha1) constructed or
; used at once: `Sha256::new()`, `sha2::Sha512::digest(data)`, `<Sha256 as Digest>::new()`,
; `Md5::new_with_prefix(data)`, `Shake128::default()`, `Sha1::from(data)` (sha1 0.6 / sha1_smol).
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
    "Md2" "Md4" "Md5" "Sha1" "Sha224" "Sha256" "Sha384" "Sha512" "Sha512_224" "Sha512_256"
    "Sha512Trunc224" "Sha512Trunc256" "Sha3_224" "Sha3_256" "Sha3_384" "Sha3_512" "Shake128" "Shake256" "Keccak256" "Keccak512"
    "Ripemd128" "Ripemd160" "Blake2b" "Blake2s" "Blake2b512" "Blake2s256" "Sm3" "Streebog256"
    "Streebog512" "Whirlpool")
  (#any-of? @method "new" "digest" "new_with_prefix" "default" "from")) @match

; The same inside a macro, whose tokens are not parsed: `format!("{:x}", Sha256::digest(data))`.
(token_tree
  (identifier) @algorithm @match
  .
  (identifier) @method
  .
  (token_tree)
  (#any-of? @algorithm
    "Md2" "Md4" "Md5" "Sha1" "Sha224" "Sha256" "Sha384" "Sha512" "Sha512_224" "Sha512_256"
    "Sha512Trunc224" "Sha512Trunc256" "Sha3_224" "Sha3_256" "Sha3_384" "Sha3_512" "Shake128" "Shake256" "Keccak256" "Keccak512"
    "Ripemd128" "Ripemd160" "Blake2b" "Blake2s" "Blake2b512" "Blake2s256" "Sm3" "Streebog256"
    "Streebog512" "Whirlpool")
  (#any-of? @method "new" "digest" "new_with_prefix" "default"))

; The one-shot function passed as a value: `chunks.map(Sha256::digest)`, `.map(sha2::Sha512::digest)`.
(arguments
  (scoped_identifier
    path: [(identifier) @algorithm (scoped_identifier name: (identifier) @algorithm)]
    name: (identifier) @method) @match
  (#any-of? @algorithm
    "Md2" "Md4" "Md5" "Sha1" "Sha224" "Sha256" "Sha384" "Sha512" "Sha512_224" "Sha512_256"
    "Sha512Trunc224" "Sha512Trunc256" "Sha3_224" "Sha3_256" "Sha3_384" "Sha3_512" "Shake128" "Shake256" "Keccak256" "Keccak512"
    "Ripemd128" "Ripemd160" "Blake2b" "Blake2s" "Blake2b512" "Blake2s256" "Sm3" "Streebog256"
    "Streebog512" "Whirlpool")
  (#eq? @method "digest"))
