const RSA_PARAMS = {
  name: "RSA-PSS",
  modulusLength: 3072,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: "SHA-256",
};

async function keys(params) {
  // ruleid: javascript-webcrypto-generatekey -> RSA-OAEP-4096 function=keygen
  const oaep = await crypto.subtle.generateKey(
    { name: "RSA-OAEP", modulusLength: 4096, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
    true,
    ["encrypt", "decrypt"],
  );
  // ruleid: javascript-webcrypto-generatekey -> RSA-2048
  const pkcs1 = await window.crypto.subtle.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: { name: "SHA-256" } }, false, ["sign", "verify"]);
  // ruleid: javascript-webcrypto-generatekey -> RSA-PSS-3072
  const pss = await crypto.subtle.generateKey(RSA_PARAMS, true, ["sign", "verify"]);
  // ruleid: javascript-webcrypto-generatekey -> ECDSA-P-384 curve=P-384
  const ecdsa = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-384" }, true, ["sign", "verify"]);
  // ruleid: javascript-webcrypto-generatekey -> ECDH-P-256
  const ecdh = await crypto.subtle.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["deriveKey"]);
  // ruleid: javascript-webcrypto-generatekey -> AES-256-GCM
  const aes = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt", "decrypt"]);
  // ruleid: javascript-webcrypto-generatekey -> AES-128-CBC
  const cbc = await crypto.subtle.generateKey({ name: "AES-CBC", length: 128 }, true, ["encrypt", "decrypt"]);
  // ruleid: javascript-webcrypto-generatekey -> HMAC
  const hmac = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-512" }, true, ["sign", "verify"]);
  // ruleid: javascript-webcrypto-generatekey -> Ed25519
  const ed = await crypto.subtle.generateKey("Ed25519", true, ["sign", "verify"]);
  // ruleid: javascript-webcrypto-generatekey -> X25519
  const x = await crypto.subtle.generateKey({ name: "X25519" }, true, ["deriveBits"]);
  // ruleid: javascript-webcrypto-generatekey -> unknown unresolved=algorithm
  const chosen = await crypto.subtle.generateKey(params, true, ["sign"]);
  // ok: javascript-webcrypto-generatekey
  const node = require("crypto").generateKeyPairSync("rsa", { modulusLength: 2048 });
  return [oaep, pkcs1, pss, ecdsa, ecdh, aes, cbc, hmac, ed, x, chosen, node];
}
