const nacl = require("tweetnacl");

function decrypt(box, nonce, theirPublicKey, mySecretKey, shared) {
  // ruleid: javascript-tweetnacl-box-open -> X25519 function=decrypt
  const message = nacl.box.open(box, nonce, theirPublicKey, mySecretKey);
  // ruleid: javascript-tweetnacl-box-open -> X25519
  const fast = nacl.box.open.after(box, nonce, shared);
  // ok: javascript-tweetnacl-box-open
  const sealed = nacl.box(message, nonce, theirPublicKey, mySecretKey);
  return [message, fast, sealed];
}
