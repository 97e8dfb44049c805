import crypto from "node:crypto";

export function open(privateKey, publicKey, sealed, signedBlob) {
  // ruleid: javascript-node-rsa-decrypt -> RSA-OAEP-SHA-256 function=decrypt
  const plain = crypto.privateDecrypt({ key: privateKey, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" }, sealed);
  // ruleid: javascript-node-rsa-decrypt -> RSA-PKCS1-1.5
  const legacy = crypto.privateDecrypt({ key: privateKey, padding: crypto.constants.RSA_PKCS1_PADDING }, sealed);
  // ruleid: javascript-node-rsa-decrypt -> RSA-OAEP
  const implicit = crypto.privateDecrypt(privateKey, sealed);
  // ok: javascript-node-rsa-decrypt
  const sealedAgain = crypto.publicEncrypt({ key: publicKey, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING }, plain);
  // ok: javascript-node-rsa-decrypt
  const recovered = crypto.publicDecrypt(publicKey, signedBlob);
  // ok: javascript-node-rsa-decrypt
  const other = rsa.decrypt(sealed, "utf8");
  return [plain, legacy, recovered, implicit, sealedAgain, other];
}
