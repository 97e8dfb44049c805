const HASH = "SHA-384";

export async function sha256Hex(message, algorithm) {
  const data = new TextEncoder().encode(message);
  // ruleid: javascript-webcrypto-digest -> SHA-256 function=digest
  const buffer = await crypto.subtle.digest("SHA-256", data);
  // ruleid: javascript-webcrypto-digest -> SHA-1
  const legacy = await window.crypto.subtle.digest('SHA-1', data);
  // ruleid: javascript-webcrypto-digest -> SHA-384
  const constant = await globalThis.crypto.subtle.digest(HASH, data);
  // ruleid: javascript-webcrypto-digest -> SHA-512
  const object = await crypto.subtle.digest({ name: "SHA-512" }, data);
  const { subtle } = globalThis.crypto;
  // ruleid: javascript-webcrypto-digest -> SHA-256
  const destructured = await subtle.digest("SHA-256", data);
  // ruleid: javascript-webcrypto-digest -> unknown unresolved=algorithm
  const chosen = await crypto.subtle.digest(algorithm, data);
  // ok: javascript-webcrypto-digest
  const node = require("crypto").createHash("sha256").update(message).digest("hex");
  // ok: javascript-webcrypto-digest
  const hex = Array.from(new Uint8Array(buffer)).map((b) => b.toString(16).padStart(2, "0")).join("");
  return [hex, legacy, constant, object, destructured, chosen, node];
}
