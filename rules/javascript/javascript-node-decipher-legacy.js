const crypto = require("crypto");

function decrypt(text, password) {
  // ruleid: javascript-node-decipher-legacy -> AES-256-CBC function=decrypt note=deprecated
  const decipher = crypto.createDecipher("aes-256-cbc", password);
  let dec = decipher.update(text, "hex", "utf8");
  dec += decipher.final("utf8");
  // ruleid: javascript-node-decipher-legacy -> Blowfish-CBC
  const bf = crypto.createDecipher("bf", password);
  // ok: javascript-node-decipher-legacy
  const iv = crypto.createDecipheriv("aes-256-cbc", key, ivBytes);
  // ok: javascript-node-decipher-legacy
  const cipher = crypto.createCipher("aes-256-cbc", password);
  return [dec, bf, iv, cipher];
}
