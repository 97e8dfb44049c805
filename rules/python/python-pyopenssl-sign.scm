; pyOpenSSL signatures named by their digest: `crypto.sign(pkey, data, "sha256")`, and a certificate or request
; signed with a digest name, `cert.sign(pkey, "sha256")`, `req.sign(key, "md5")` (also M2Crypto's `.sign(pkey, md)`).
(call
  function: (attribute
    object: (identifier) @module
    attribute: (identifier) @function)
  arguments: (argument_list
    .
    (_)
    .
    (_)
    .
    (_) @digest
    .)
  (#eq? @module "crypto")
  (#eq? @function "sign")) @match

(call
  function: (attribute
    attribute: (identifier) @function)
  arguments: (argument_list
    .
    (_)
    .
    (string) @digest
    .)
  (#eq? @function "sign")
  (#match? @digest "^[bu]?[\"'](?i:md2|md4|md5|sha|sha1|sha224|sha256|sha384|sha512|sha512-224|sha512-256|sha3-224|sha3-256|sha3-384|sha3-512|ripemd160|sm3)[\"']$")) @match
