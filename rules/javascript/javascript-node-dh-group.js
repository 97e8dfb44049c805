const crypto = require("crypto");
const { createDiffieHellmanGroup } = require("node:crypto");

const GROUP = "modp16";

function groups(name) {
  // ruleid: javascript-node-dh-group -> FFDH-modp2048 function=keygen
  const alice = crypto.getDiffieHellman("modp14");
  alice.generateKeys();
  // ruleid: javascript-node-dh-group -> FFDH-modp1024
  const weak = crypto.getDiffieHellman("modp2");
  // ruleid: javascript-node-dh-group -> FFDH-modp4096
  const strong = createDiffieHellmanGroup(GROUP);
  // ruleid: javascript-node-dh-group -> unknown unresolved=algorithm
  const chosen = crypto.getDiffieHellman(name);
  // ok: javascript-node-dh-group
  const generated = crypto.createDiffieHellman(2048);
  return [weak, strong, chosen, generated];
}
