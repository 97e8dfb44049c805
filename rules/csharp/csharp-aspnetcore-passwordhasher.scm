; ASP.NET Core Identity's password hasher: `new PasswordHasher<ApplicationUser>()` (generic, unlike most
; home-made PasswordHasher classes).
(object_creation_expression
  type: [
    (generic_name (identifier) @type)
    (qualified_name name: (generic_name (identifier) @type))
  ]
  (#eq? @type "PasswordHasher")) @match
