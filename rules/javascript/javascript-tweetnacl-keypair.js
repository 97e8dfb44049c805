const nacl = require("tweetnacl");

function keys(secretKey, seed) {
  // ruleid: javascript-tweetnacl-keypair -> X25519 function=keygen
  const boxKeys = nacl.box.keyPair();
  // ruleid: javascript-tweetnacl-keypair -> X25519
  const restored = nacl.box.keyPair.fromSecretKey(secretKey);
  // ruleid: javascript-tweetnacl-keypair -> Ed25519
  const signKeys = nacl.sign.keyPair();
  // ruleid: javascript-tweetnacl-keypair -> Ed25519
  const seeded = nacl.sign.keyPair.fromSeed(seed);
  // ok: javascript-tweetnacl-keypair
  const signature = nacl.sign.detached(message, signKeys.secretKey);
  return [boxKeys, restored, seeded, signature];
}
