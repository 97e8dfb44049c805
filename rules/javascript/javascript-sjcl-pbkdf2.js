const sjcl = require("sjcl");

function derive(password, salt, rounds) {
  // ruleid: javascript-sjcl-pbkdf2 -> PBKDF2-SHA-256 function=keyderive note=10000_iterations
  const key = sjcl.misc.pbkdf2(password, salt, 10000, 256);
  // ruleid: javascript-sjcl-pbkdf2 -> PBKDF2-SHA-256 unresolved=iterations
  const variable = sjcl.misc.pbkdf2(password, salt, rounds, 256);
  // ok: javascript-sjcl-pbkdf2
  const hmac = new sjcl.misc.hmac(key, sjcl.hash.sha256);
  return [key, variable, hmac];
}
