const crypto = require("crypto");
const { constants, publicEncrypt } = require("node:crypto");

const OAEP_HASH = "sha512";

function seal(publicKey, data) {
  // ruleid: javascript-node-rsa-encrypt -> RSA-OAEP-SHA-256 function=encrypt
  const oaep = crypto.publicEncrypt({ key: publicKey, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" }, data);
  // ruleid: javascript-node-rsa-encrypt -> RSA-PKCS1-1.5
  const pkcs1 = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, Buffer.from(data));
  const options = { key: publicKey, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: OAEP_HASH };
  // ruleid: javascript-node-rsa-encrypt -> RSA-OAEP-SHA-512
  const strong = crypto.publicEncrypt(options, data);
  // ruleid: javascript-node-rsa-encrypt -> RSA-OAEP-SHA-256
  const hashOnly = crypto.publicEncrypt({ key: publicKey, oaepHash: "sha256" }, data);
  // ruleid: javascript-node-rsa-encrypt -> RSA-OAEP
  const sha1 = crypto.publicEncrypt({
    key: publicKey,
    padding: crypto.constants.RSA_PKCS1_OAEP_PADDING,
  }, data);
  // ruleid: javascript-node-rsa-encrypt -> RSA
  const raw = crypto.publicEncrypt({ key: publicKey, padding: crypto.constants.RSA_NO_PADDING }, data);
  // ruleid: javascript-node-rsa-encrypt -> RSA-OAEP
  const implicit = crypto.publicEncrypt(publicKey, data);
  // ok: javascript-node-rsa-encrypt
  const plain = crypto.privateDecrypt({ key: privateKey, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING }, oaep);
  // ok: javascript-node-rsa-encrypt
  const signed = crypto.privateEncrypt(privateKey, data);
  // ok: javascript-node-rsa-encrypt
  const nodeRsa = key.encrypt(data, "base64");
  return [hashOnly, signed, oaep, pkcs1, strong, sha1, raw, implicit, plain, nodeRsa];
}
