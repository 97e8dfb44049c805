const crypto = require("node:crypto");
const { hkdfSync } = require("crypto");

const HKDF_HASH = "sha512";

function expand(ikm, salt, info, digest) {
  // ruleid: javascript-node-hkdf -> HKDF-SHA-256 function=keyderive
  const okm = crypto.hkdfSync("sha256", ikm, salt, info, 32);
  // ruleid: javascript-node-hkdf -> HKDF-SHA-512
  const wide = hkdfSync(HKDF_HASH, ikm, salt, info, 64);
  // ruleid: javascript-node-hkdf -> HKDF
  crypto.hkdf("sha1", ikm, salt, info, 16, (err, key) => {});
  // ruleid: javascript-node-hkdf -> HKDF unresolved=hash
  const chosen = crypto.hkdfSync(digest, ikm, salt, info, 32);
  // ok: javascript-node-hkdf
  const hkdfLib = futoinHkdf(ikm, 32, { salt, info, hash: "SHA-256" });
  return [okm, wide, chosen, hkdfLib];
}
