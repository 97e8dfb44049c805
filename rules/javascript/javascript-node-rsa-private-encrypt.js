const crypto = require("crypto");

function rawSign(privateKey, digest) {
  // ruleid: javascript-node-rsa-private-encrypt -> RSA-PKCS1-1.5 function=sign
  const signature = crypto.privateEncrypt(privateKey, digest);
  // ruleid: javascript-node-rsa-private-encrypt -> RSA-PKCS1-1.5
  const explicit = crypto.privateEncrypt({ key: privateKey, padding: crypto.constants.RSA_PKCS1_PADDING }, digest);
  // ruleid: javascript-node-rsa-private-encrypt -> RSA
  const raw = crypto.privateEncrypt({ key: privateKey, padding: crypto.constants.RSA_NO_PADDING }, digest);
  // ok: javascript-node-rsa-private-encrypt
  const sealed = crypto.publicEncrypt(publicKey, digest);
  return [signature, explicit, raw, sealed];
}
