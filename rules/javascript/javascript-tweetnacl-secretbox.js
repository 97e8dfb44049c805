const nacl = require("tweetnacl");

function seal(message, key) {
  const nonce = nacl.randomBytes(nacl.secretbox.nonceLength);
  // ruleid: javascript-tweetnacl-secretbox -> XSalsa20-Poly1305 function=encrypt
  const box = nacl.secretbox(message, nonce, key);
  // ok: javascript-tweetnacl-secretbox
  const opened = nacl.secretbox.open(box, nonce, key);
  // ok: javascript-tweetnacl-secretbox
  const pk = nacl.box(message, nonce, theirPublicKey, mySecretKey);
  return [box, opened, pk];
}
