; A non-cryptographic generator of the rand ecosystem constructed: `SmallRng::from_entropy()`,
; `rand::rngs::SmallRng::seed_from_u64(7)`, `Pcg64::from_rng(thread_rng())`,
; `Xoshiro256PlusPlus::from_seed(seed)`, `XorShiftRng::seed_from_u64(..)`, `StepRng::new(0, 1)`,
; nanorand's `WyRand::new()`. (StdRng, ChaCha*Rng, ThreadRng and OsRng are CSPRNGs: not here.)
(call_expression
  function: (scoped_identifier
    path: [(identifier) @rng (scoped_identifier name: (identifier) @rng)]
    name: (identifier) @method)
  (#any-of? @rng
    "SmallRng" "Pcg32" "Pcg64" "Pcg64Mcg" "Pcg64Dxsm" "Lcg64Xsh32" "Lcg128Xsl64" "Mcg128Xsl64"
    "Lcg128CmDxsm64" "Xoshiro256PlusPlus" "Xoshiro256StarStar" "Xoshiro256Plus" "Xoshiro128PlusPlus"
    "Xoshiro128StarStar" "Xoshiro128Plus" "Xoroshiro128Plus" "Xoroshiro128PlusPlus"
    "Xoroshiro128StarStar" "Xoroshiro64Star" "Xoroshiro64StarStar" "Xoshiro512PlusPlus"
    "Xoshiro512StarStar" "SplitMix64" "XorShiftRng" "StepRng" "WyRand")
  (#any-of? @method
    "new" "new_seed" "from_entropy" "from_os_rng" "try_from_os_rng" "from_rng" "try_from_rng"
    "from_thread_rng" "seed_from_u64" "from_seed")) @match
