const EdDSA = require("elliptic").eddsa;
const elliptic = require("elliptic");

function signer(secret, message) {
  // ruleid: javascript-elliptic-eddsa -> Ed25519 function=sign
  const ec = new EdDSA("ed25519");
  const key = ec.keyFromSecret(secret);
  // ruleid: javascript-elliptic-eddsa -> Ed25519
  const other = new elliptic.eddsa("ed25519");
  // ok: javascript-elliptic-eddsa
  const ecdsa = new elliptic.ec("ed25519");
  return [key.sign(message).toHex(), other, ecdsa];
}
