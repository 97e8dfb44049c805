const crypto = require("crypto");
const util = require("util");
const { pbkdf2Sync } = require("node:crypto");
const pbkdf2 = require("pbkdf2");

const ITERATIONS = 310000;
const DIGEST = "sha256";
const pbkdf2Async = util.promisify(crypto.pbkdf2);

async function derive(password, salt, rounds) {
  // ruleid: javascript-node-pbkdf2 -> PBKDF2-SHA-512 function=keyderive note=100000_iterations
  const key = crypto.pbkdf2Sync(password, salt, 100000, 64, "sha512");
  // ruleid: javascript-node-pbkdf2 -> PBKDF2-SHA-256 note=310000_iterations
  const hashed = pbkdf2Sync(password, salt, ITERATIONS, 32, DIGEST).toString("hex");
  // ruleid: javascript-node-pbkdf2 -> PBKDF2-SHA-1 note=1000_iterations
  crypto.pbkdf2(password, salt, 1000, 20, "sha1", (err, derivedKey) => {
    if (err) throw err;
  });
  // ruleid: javascript-node-pbkdf2 -> PBKDF2-SHA-256 unresolved=iterations
  const variable = crypto.pbkdf2Sync(password, salt, rounds, 32, "sha256");
  // ruleid: javascript-node-pbkdf2 -> PBKDF2-SHA-512
  const promised = await pbkdf2Async(password, salt, 600000, 64, "sha512");
  // ruleid: javascript-node-pbkdf2 -> PBKDF2-SHA-256 note=1_iterations
  const browser = pbkdf2.pbkdf2Sync(password, salt, 1, 32, "sha256");
  // ok: javascript-node-pbkdf2
  const scrypt = crypto.scryptSync(password, salt, 64);
  // ok: javascript-node-pbkdf2
  const forgeKey = forge.pkcs5.pbkdf2(password, salt, 1000, 16);
  return [browser, key, hashed, variable, promised, scrypt, forgeKey];
}
