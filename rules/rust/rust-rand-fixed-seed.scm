; A seedable generator seeded with a constant written in the code: `StdRng::seed_from_u64(42)`,
; `ChaCha20Rng::from_seed([7u8; 32])`, `StdRng::from_seed(*b"...")`, `ChaCha8Rng::seed_from_u64(SEED)`.
; (The non-cryptographic generators are reported whatever their seed by rust-rand-non-crypto-rng.)
(call_expression
  function: (scoped_identifier
    path: [(identifier) @rng (scoped_identifier name: (identifier) @rng) (generic_type) @rng]
    name: (identifier) @method)
  arguments: (arguments
    .
    [
      (integer_literal)
      (array_expression)
      (unary_expression (string_literal))
      ((identifier) @constant (#match? @constant "^[A-Z][A-Z0-9_]*$"))
      ((scoped_identifier name: (identifier) @constant) (#match? @constant "^[A-Z][A-Z0-9_]*$"))
    ]
    .)
  (#not-any-of? @rng
    "SmallRng" "Pcg32" "Pcg64" "Pcg64Mcg" "Pcg64Dxsm" "Lcg64Xsh32" "Lcg128Xsl64" "Mcg128Xsl64"
    "Lcg128CmDxsm64" "Xoshiro256PlusPlus" "Xoshiro256StarStar" "Xoshiro256Plus" "Xoshiro128PlusPlus"
    "Xoshiro128StarStar" "Xoshiro128Plus" "Xoroshiro128Plus" "Xoroshiro128PlusPlus"
    "Xoroshiro128StarStar" "Xoroshiro64Star" "Xoroshiro64StarStar" "Xoshiro512PlusPlus"
    "Xoshiro512StarStar" "SplitMix64" "XorShiftRng" "StepRng" "WyRand")
  (#any-of? @method "seed_from_u64" "from_seed")) @match
