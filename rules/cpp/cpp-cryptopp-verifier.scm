; Crypto++ signature schemes: `ECDSA<ECP, SHA256>::Verifier`, `DSA2<SHA256>::Verifier` (hash last) and
; `RSASS<PSS, SHA256>::Verifier` (encoding first), also CryptoPP:: qualified.
((qualified_identifier
  scope: (template_type
    name: (type_identifier) @scheme
    arguments: (template_argument_list (type_descriptor type: (_) @hash) .))
  name: (type_identifier) @role) @match
  (#match? @scheme "^(ECDSA|ECDSA_RFC6979|DSA2)$")
  (#eq? @role "Verifier"))
((qualified_identifier
  scope: (template_type
    name: (type_identifier) @scheme
    arguments: (template_argument_list . (type_descriptor type: (_) @encoding) (type_descriptor type: (_) @hash) .))
  name: (type_identifier) @role) @match
  (#eq? @scheme "RSASS")
  (#eq? @role "Verifier"))
