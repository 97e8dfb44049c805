const forge = require("node-forge");
const { md } = require("node-forge");

function digests(bytes) {
  // ruleid: javascript-forge-hash -> SHA-256 function=digest
  const sha256 = forge.md.sha256.create();
  sha256.update(bytes);
  // ruleid: javascript-forge-hash -> MD5
  const legacy = forge.md.md5.create().update(bytes).digest().toHex();
  // ruleid: javascript-forge-hash -> SHA-1
  const sha1 = md.sha1.create();
  // ruleid: javascript-forge-hash -> SHA-384
  const sha384 = forge.md.sha512.sha384.create();
  // ruleid: javascript-forge-hash -> SHA-512/256
  const trunc = forge.md.sha512.sha256.create();
  // ruleid: javascript-forge-hash -> SHA-512
  const sha512 = forge.md.sha512.create();
  // ruleid: javascript-forge-hash -> MD5
  const old = forge.md5.create();
  // ok: javascript-forge-hash
  const hmac = forge.hmac.create();
  // ok: javascript-forge-hash
  const buffer = forge.util.createBuffer(bytes);
  // ok: javascript-forge-hash
  const mine = store.md.sha256.create();
  return [sha256, legacy, sha1, sha384, trunc, sha512, old, hmac, buffer, mine];
}
