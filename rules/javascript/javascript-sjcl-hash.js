const sjcl = require("sjcl");

function hashes(data) {
  // ruleid: javascript-sjcl-hash -> SHA-256 function=digest
  const bits = sjcl.hash.sha256.hash(data);
  // ruleid: javascript-sjcl-hash -> SHA-1
  const sha1 = sjcl.hash.sha1.hash(data);
  // ruleid: javascript-sjcl-hash -> SHA-512
  const hasher = new sjcl.hash.sha512();
  // ruleid: javascript-sjcl-hash -> RIPEMD-160
  const rmd = sjcl.hash.ripemd160.hash(data);
  // ok: javascript-sjcl-hash
  const hex = sjcl.codec.hex.fromBits(bits);
  // ok: javascript-sjcl-hash
  const salt = sjcl.random.randomWords(2);
  return [sha1, hasher, rmd, hex, salt];
}
