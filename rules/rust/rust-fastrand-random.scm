; A fastrand function passed as a value, called by the receiver:
; `std::iter::repeat_with(fastrand::alphanumeric).take(32).collect()`.
(arguments
  (scoped_identifier
    path: (identifier) @crate
    name: (identifier) @function) @match
  (#eq? @crate "fastrand")
  (#any-of? @function
    "u8" "u16" "u32" "u64" "u128" "usize" "i8" "i16" "i32" "i64" "i128" "isize" "f32" "f64" "bool"
    "char" "alphabetic" "alphanumeric" "lowercase" "uppercase" "digit"))
