const nacl = require("tweetnacl");

function sign(message, secretKey) {
  // ruleid: javascript-tweetnacl-sign -> Ed25519 function=sign
  const signed = nacl.sign(message, secretKey);
  // ruleid: javascript-tweetnacl-sign -> Ed25519
  const signature = nacl.sign.detached(message, secretKey);
  // ok: javascript-tweetnacl-sign
  const ok = nacl.sign.detached.verify(message, signature, publicKey);
  // ok: javascript-tweetnacl-sign
  const keys = nacl.sign.keyPair();
  // ok: javascript-tweetnacl-sign
  const token = jwt.sign(message, secretKey);
  return [signed, signature, ok, keys, token];
}
