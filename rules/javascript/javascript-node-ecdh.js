const crypto = require("crypto");

const CURVE_NAME = "secp384r1";

function agree(peerKey, curve) {
  // ruleid: javascript-node-ecdh -> ECDH-P-256 curve=P-256 function=keygen
  const alice = crypto.createECDH("prime256v1");
  alice.generateKeys();
  const secret = alice.computeSecret(peerKey);
  // ruleid: javascript-node-ecdh -> ECDH-P-384
  const bob = crypto.createECDH(CURVE_NAME);
  // ruleid: javascript-node-ecdh -> ECDH-secp256k1
  const k1 = crypto.createECDH("secp256k1");
  // ruleid: javascript-node-ecdh -> ECDH unresolved=curve
  const any = crypto.createECDH(curve);
  // ok: javascript-node-ecdh
  const ellipticKey = new EC("secp256k1").genKeyPair();
  // ok: javascript-node-ecdh
  const keys = crypto.generateKeyPairSync("x25519");
  return [secret, bob, k1, any, ellipticKey, keys];
}
