const { generateKey, generateKeySync } = require("node:crypto");
const crypto = require("crypto");

const AES_BITS = 128;

function secrets(kind, bits) {
  // ruleid: javascript-node-secretkey -> AES-256 function=keygen
  const aes = generateKeySync("aes", { length: 256 });
  // ruleid: javascript-node-secretkey -> AES-128
  const small = crypto.generateKeySync("aes", { length: AES_BITS });
  // ruleid: javascript-node-secretkey -> HMAC
  generateKey("hmac", { length: 512 }, (err, key) => {
    if (err) throw err;
    console.log(key.export().toString("hex"));
  });
  // ruleid: javascript-node-secretkey -> AES unresolved=size
  const sized = crypto.generateKeySync("aes", { length: bits });
  // ruleid: javascript-node-secretkey -> unknown unresolved=algorithm
  const other = crypto.generateKeySync(kind, { length: 256 });
  // ok: javascript-node-secretkey
  const pair = crypto.generateKeyPairSync("ed25519");
  // ok: javascript-node-secretkey
  const web = crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt"]);
  return [aes, small, sized, other, pair, web];
}
