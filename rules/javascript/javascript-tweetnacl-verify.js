const nacl = require("tweetnacl");

function verify(signed, message, signature, publicKey) {
  // ruleid: javascript-tweetnacl-verify -> Ed25519 function=verify
  const opened = nacl.sign.open(signed, publicKey);
  // ruleid: javascript-tweetnacl-verify -> Ed25519
  const ok = nacl.sign.detached.verify(message, signature, publicKey);
  // ok: javascript-tweetnacl-verify
  const sig = nacl.sign.detached(message, secretKey);
  return [opened, ok, sig];
}
