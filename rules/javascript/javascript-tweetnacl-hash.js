const nacl = require("tweetnacl");

function digest(message) {
  // ruleid: javascript-tweetnacl-hash -> SHA-512 function=digest
  const hash = nacl.hash(message);
  // ok: javascript-tweetnacl-hash
  const other = bcrypt.hash(message, 10);
  // ok: javascript-tweetnacl-hash
  const length = nacl.hash.hashLength;
  return [hash, other, length];
}
