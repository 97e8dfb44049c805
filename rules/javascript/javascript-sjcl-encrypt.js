const sjcl = require("sjcl");

function encrypt(password, plaintext, options) {
  // ruleid: javascript-sjcl-encrypt -> AES-128-CCM function=encrypt
  const ct = sjcl.encrypt(password, plaintext);
  // ruleid: javascript-sjcl-encrypt -> AES-256-GCM
  const gcm = sjcl.encrypt(password, plaintext, { mode: "gcm", ks: 256, iter: 100000 });
  // ruleid: javascript-sjcl-encrypt -> AES-256-CCM
  const sized = sjcl.encrypt(password, plaintext, { ks: 256 });
  // ruleid: javascript-sjcl-encrypt -> AES-128 unresolved=mode
  const chosen = sjcl.encrypt(password, plaintext, { mode: options.mode, ks: 128 });
  // ok: javascript-sjcl-encrypt
  const pt = sjcl.decrypt(password, ct);
  // ok: javascript-sjcl-encrypt
  const other = CryptoJS.AES.encrypt(plaintext, password);
  return [ct, gcm, sized, chosen, pt, other];
}
