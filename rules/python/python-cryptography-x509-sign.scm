; A certificate, CSR or CRL signed with pyca/cryptography: `builder.sign(private_key, hashes.SHA256())`,
; `builder.sign(private_key=key, algorithm=hashes.SHA256(), backend=b)`. @match is the `sign` name, so a
; chained builder (`x509.CertificateBuilder().subject_name(...)...sign(...)`) is reported on the line of `.sign(`.
(call
  function: (attribute
    attribute: (identifier) @match)
  arguments: (argument_list
    .
    (_)
    .
    (call
      function: [
        (identifier) @hash
        (attribute attribute: (identifier) @hash)
      ]))
  (#eq? @match "sign")
  (#match? @hash "^(MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA512_224|SHA512_256|SHA3_224|SHA3_256|SHA3_384|SHA3_512|SM3)$"))

; Keywords: `builder.sign(private_key=key, algorithm=hashes.SHA256())`, or `builder.sign(key, algorithm=...)`
; (a key's own `sign(data, padding, algorithm=...)` has the padding in between, or no `private_key=`).
(call
  function: (attribute
    attribute: (identifier) @match)
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @key_keyword)
    (keyword_argument
      name: (identifier) @keyword
      value: (call
        function: [
          (identifier) @hash
          (attribute attribute: (identifier) @hash)
        ])))
  (#eq? @match "sign")
  (#eq? @key_keyword "private_key")
  (#eq? @keyword "algorithm")
  (#match? @hash "^(MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA512_224|SHA512_256|SHA3_224|SHA3_256|SHA3_384|SHA3_512|SM3)$"))

(call
  function: (attribute
    attribute: (identifier) @match)
  arguments: (argument_list
    .
    [(identifier) (attribute) (call) (subscript)]
    .
    (keyword_argument
      name: (identifier) @keyword
      value: (call
        function: [
          (identifier) @hash
          (attribute attribute: (identifier) @hash)
        ])))
  (#eq? @match "sign")
  (#eq? @keyword "algorithm")
  (#match? @hash "^(MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA512_224|SHA512_256|SHA3_224|SHA3_256|SHA3_384|SHA3_512|SM3)$"))
