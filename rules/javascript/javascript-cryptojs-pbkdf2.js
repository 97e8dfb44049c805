const CryptoJS = require("crypto-js");
const PBKDF2 = require("crypto-js/pbkdf2");

const ITERATIONS = 100000;

function derive(password, salt, rounds) {
  // ruleid: javascript-cryptojs-pbkdf2 -> PBKDF2-SHA-256 function=keyderive note=10000_iterations
  const key = CryptoJS.PBKDF2(password, salt, { keySize: 256 / 32, iterations: 10000, hasher: CryptoJS.algo.SHA256 });
  // ruleid: javascript-cryptojs-pbkdf2 -> PBKDF2 note=1000_iterations
  const legacy = CryptoJS.PBKDF2(password, salt, { keySize: 128 / 32, iterations: 1000 });
  // ruleid: javascript-cryptojs-pbkdf2 -> PBKDF2-SHA-512 note=100000_iterations
  const strong = PBKDF2(password, salt, { keySize: 16, iterations: ITERATIONS, hasher: CryptoJS.algo.SHA512 });
  // ruleid: javascript-cryptojs-pbkdf2 -> PBKDF2
  const defaults = CryptoJS.PBKDF2(password, salt);
  // ok: javascript-cryptojs-pbkdf2
  const evp = CryptoJS.EvpKDF(password, salt, { keySize: 8 });
  // ok: javascript-cryptojs-pbkdf2
  const node = require("crypto").pbkdf2Sync(password, salt, rounds, 32, "sha256");
  return [key, legacy, strong, defaults, evp, node];
}
