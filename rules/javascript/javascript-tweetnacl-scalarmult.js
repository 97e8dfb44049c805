const nacl = require("tweetnacl");

function agree(mySecretKey, theirPublicKey) {
  // ruleid: javascript-tweetnacl-scalarmult -> X25519 function=keyderive
  const shared = nacl.scalarMult(mySecretKey, theirPublicKey);
  // ruleid: javascript-tweetnacl-scalarmult -> X25519
  const precomputed = nacl.box.before(theirPublicKey, mySecretKey);
  // ok: javascript-tweetnacl-scalarmult
  const base = nacl.scalarMult.scalarLength;
  return [shared, precomputed, base];
}
