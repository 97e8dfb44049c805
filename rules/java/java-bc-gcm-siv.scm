; `new GCMSIVBlockCipher(engine[, multiplier])`: the engine is captured (the no-argument form is
; java-bc-gcm-siv-default).
(object_creation_expression
  type: (_) @type
  arguments: (argument_list . (_) @engine)
  (#match? @type "(^|[.])GCMSIVBlockCipher$")) @match
