; Crypto++ signature schemes: `ECDSA<ECP, SHA256>::Signer`, `DSA2<SHA256>::Signer` (hash last) and
; `RSASS<PSS, SHA256>::Signer` (encoding first), also CryptoPP:: qualified.
((qualified_identifier
  scope: (template_type
    name: (type_identifier) @scheme
    arguments: (template_argument_list (type_descriptor type: (_) @hash) .))
  name: (type_identifier) @role) @match
  (#match? @scheme "^(ECDSA|ECDSA_RFC6979|DSA2)$")
  (#eq? @role "Signer"))
((qualified_identifier
  scope: (template_type
    name: (type_identifier) @scheme
    arguments: (template_argument_list . (type_descriptor type: (_) @encoding) (type_descriptor type: (_) @hash) .))
  name: (type_identifier) @role) @match
  (#eq? @scheme "RSASS")
  (#eq? @role "Signer"))
