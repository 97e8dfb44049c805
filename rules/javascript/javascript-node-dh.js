const crypto = require("crypto");

const PRIME_BITS = 3072;

function exchange(prime, generator) {
  // ruleid: javascript-node-dh -> FFDH-2048 function=keygen
  const alice = crypto.createDiffieHellman(2048);
  const aliceKey = alice.generateKeys();
  // ruleid: javascript-node-dh -> FFDH-3072
  const strong = crypto.createDiffieHellman(PRIME_BITS);
  // ruleid: javascript-node-dh -> FFDH-1024
  const weak = crypto.createDiffieHellman(1024, 2);
  // ruleid: javascript-node-dh -> FFDH
  const bob = crypto.createDiffieHellman(alice.getPrime(), alice.getGenerator());
  // ruleid: javascript-node-dh -> FFDH unresolved=size
  const given = crypto.createDiffieHellman(prime, "hex", generator);
  // ok: javascript-node-dh
  const group = crypto.getDiffieHellman("modp14");
  // ok: javascript-node-dh
  const ecdh = crypto.createECDH("prime256v1");
  return [aliceKey, strong, weak, bob, given, group, ecdh];
}
