const NodeRSA = require("node-rsa");
const node_rsa_1 = __importDefault(require("node-rsa"));

const BITS = 4096;

function keys(pem, bits) {
  // ruleid: javascript-nodersa-key -> RSA-2048 function=keygen
  const key = new NodeRSA({ b: 2048 });
  // ruleid: javascript-nodersa-key -> RSA-512
  const weak = new NodeRSA({ b: 512 });
  // ruleid: javascript-nodersa-key -> RSA-4096
  const strong = new NodeRSA({ b: BITS });
  // ruleid: javascript-nodersa-key -> RSA
  const imported = new NodeRSA(pem);
  // ruleid: javascript-nodersa-key -> RSA
  const empty = new NodeRSA();
  empty.generateKeyPair(2048, 65537);
  // ruleid: javascript-nodersa-key -> RSA-1024
  const compiled = new node_rsa_1.default({ b: 1024 });
  // ok: javascript-nodersa-key
  const encrypted = key.encrypt("message", "base64");
  // ok: javascript-nodersa-key
  const forgeKey = forge.pki.rsa.generateKeyPair(2048);
  return [compiled, key, weak, strong, imported, empty, encrypted, forgeKey];
}
