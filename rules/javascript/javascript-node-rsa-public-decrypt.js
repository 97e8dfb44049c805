import { publicDecrypt, constants } from "node:crypto";

export function recover(publicKey, signature) {
  // ruleid: javascript-node-rsa-public-decrypt -> RSA-PKCS1-1.5 function=verify
  const digest = publicDecrypt(publicKey, signature);
  // ruleid: javascript-node-rsa-public-decrypt -> RSA
  const raw = publicDecrypt({ key: publicKey, padding: constants.RSA_NO_PADDING }, signature);
  // ok: javascript-node-rsa-public-decrypt
  const plain = privateDecrypt(privateKey, signature);
  return [digest, raw, plain];
}
