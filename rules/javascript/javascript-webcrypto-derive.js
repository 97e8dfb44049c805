const ITERATIONS = 600000;

async function deriveAll(baseKey, ikm, privateKey, peerPublicKey, salt, info) {
  // ruleid: javascript-webcrypto-derive -> PBKDF2-SHA-256 function=keyderive note=600000_iterations
  const key = await crypto.subtle.deriveKey(
    { name: "PBKDF2", salt, iterations: ITERATIONS, hash: "SHA-256" },
    baseKey,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
  // ruleid: javascript-webcrypto-derive -> PBKDF2-SHA-1 note=1000_iterations
  const weak = await crypto.subtle.deriveBits({ name: "PBKDF2", salt: salt, iterations: 1000, hash: "SHA-1" }, baseKey, 256);
  // ruleid: javascript-webcrypto-derive -> HKDF-SHA-512
  const okm = await crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-512", salt, info }, ikm, 512);
  // ruleid: javascript-webcrypto-derive -> ECDH
  const shared = await crypto.subtle.deriveBits({ name: "ECDH", public: peerPublicKey }, privateKey, 256);
  // ruleid: javascript-webcrypto-derive -> X25519
  const x = await crypto.subtle.deriveBits({ name: "X25519", public: peerPublicKey }, privateKey, 256);
  // ok: javascript-webcrypto-derive
  const pbkdf2 = require("crypto").pbkdf2Sync("pw", "salt", 1000, 32, "sha256");
  return [key, weak, okm, shared, x, pbkdf2];
}
