; Crypto++ block cipher modes: `CBC_Mode<AES>::Encryption`, `GCM<AES>::Encryption` (also CryptoPP:: qualified).
((qualified_identifier
  scope: (template_type
    name: (type_identifier) @mode
    arguments: (template_argument_list . (type_descriptor type: (_) @cipher)))
  name: (type_identifier) @direction) @match
  (#match? @mode "^(ECB|CBC|CBC_CTS|CFB|CFB_FIPS|OFB|CTR|XTS)_Mode$|^(GCM|CCM|EAX)$")
  (#eq? @direction "Encryption"))
