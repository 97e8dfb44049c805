const sjcl = require("sjcl");

function decrypt(password, ciphertext) {
  // ruleid: javascript-sjcl-decrypt -> AES function=decrypt
  const plaintext = sjcl.decrypt(password, ciphertext);
  // ok: javascript-sjcl-decrypt
  const again = sjcl.encrypt(password, plaintext);
  return [plaintext, again];
}
