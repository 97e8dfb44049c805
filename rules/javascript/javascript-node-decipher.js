import * as crypto from "node:crypto";

const CIPHER = "aes-256-cbc";

export function open(key, iv, tag, sealed, name) {
  // ruleid: javascript-node-decipher -> AES-256-GCM function=decrypt
  const gcm = crypto.createDecipheriv("aes-256-gcm", key, iv).setAuthTag(tag);
  // ruleid: javascript-node-decipher -> AES-256-CBC mode=cbc
  const decipher = crypto.createDecipheriv(CIPHER, key, iv);
  let plain = decipher.update(sealed, "hex", "utf8");
  plain += decipher.final("utf8");
  // ruleid: javascript-node-decipher -> 3DES-168-CBC
  const tdes = crypto.createDecipheriv("des3", key, iv);
  // ruleid: javascript-node-decipher -> DES-56-ECB
  const des = crypto.createDecipheriv("des-ecb", key, "");
  // ruleid: javascript-node-decipher -> unknown unresolved=algorithm
  const dynamic = crypto.createDecipheriv(name, key, iv);
  // ok: javascript-node-decipher
  const encrypt = crypto.createCipheriv("aes-256-gcm", key, iv);
  // ok: javascript-node-decipher
  const legacy = crypto.createDecipher("aes-256-cbc", "password");
  return [gcm, plain, tdes, des, dynamic, encrypt, legacy];
}
