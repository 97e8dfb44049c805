const crypto = require("crypto");
const { createSign, sign } = require("node:crypto");

const SIGNATURE_ALGORITHM = "RSA-SHA512";

function signAll(data, privateKey, algorithm) {
  // ruleid: javascript-node-sign -> RSA-PKCS1-1.5-SHA-256 function=sign
  const signer = crypto.createSign("RSA-SHA256");
  signer.update(data);
  const signature = signer.sign(privateKey, "base64");
  // ruleid: javascript-node-sign -> RSA-PKCS1-1.5-SHA-512
  const strong = createSign(SIGNATURE_ALGORITHM).update(data).sign(privateKey);
  // ruleid: javascript-node-sign -> SHA-256
  const bare = crypto.createSign("SHA256");
  // ruleid: javascript-node-sign -> RSA-PKCS1-1.5-SHA-1
  const legacy = crypto.createSign("sha1WithRSAEncryption");
  // ruleid: javascript-node-sign -> ECDSA-SHA-256
  const ecdsa = crypto.createSign("ecdsa-with-SHA256");
  // ruleid: javascript-node-sign -> SHA-384
  const oneShot = crypto.sign("sha384", Buffer.from(data), privateKey);
  // ruleid: javascript-node-sign -> unknown unresolved=algorithm
  const eddsa = sign(null, Buffer.from(data), privateKey);
  // ruleid: javascript-node-sign -> unknown unresolved=algorithm
  const chosen = crypto.createSign(algorithm);
  // ok: javascript-node-sign
  const verifier = crypto.createVerify("RSA-SHA256");
  // ok: javascript-node-sign
  const token = jwt.sign({ sub: "42" }, privateKey, { algorithm: "RS256" });
  // ok: javascript-node-sign
  const wrapper = this.services.crypto.sign(data);
  // ok: javascript-node-sign
  const again = signer.sign(privateKey, "hex");
  return [wrapper, signature, strong, bare, legacy, ecdsa, oneShot, eddsa, chosen, verifier, token, again];
}
