; A BouncyCastle block cipher engine used directly by a buffered cipher, which is ECB:
;   new PaddedBufferedBlockCipher(new AesEngine(), new Pkcs7Padding())
;   new BufferedBlockCipher(new DesEdeEngine())
; @engine is the engine's class.
(object_creation_expression
  type: [
    (identifier) @wrapper
    (qualified_name name: (identifier) @wrapper)
  ]
  arguments: (argument_list
    .
    (argument
      (object_creation_expression
        type: [
          (identifier) @engine
          (qualified_name name: (identifier) @engine)
        ])))
  (#any-of? @wrapper "PaddedBufferedBlockCipher" "BufferedBlockCipher")
  (#match? @engine "Engine$")) @match
