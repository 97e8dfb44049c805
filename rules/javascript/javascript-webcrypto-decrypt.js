const { subtle } = require("node:crypto").webcrypto;

async function decryptAll(key, privateKey, iv, sealed, counter) {
  // ruleid: javascript-webcrypto-decrypt -> AES-GCM function=decrypt
  const plain = await subtle.decrypt({ name: "AES-GCM", iv }, key, sealed);
  // ruleid: javascript-webcrypto-decrypt -> AES-CBC
  const cbc = await crypto.subtle.decrypt({ name: "AES-CBC", iv: iv }, key, sealed);
  // ruleid: javascript-webcrypto-decrypt -> RSA-OAEP
  const oaep = await crypto.subtle.decrypt({ name: "RSA-OAEP", label: new Uint8Array(0) }, privateKey, sealed);
  // ruleid: javascript-webcrypto-decrypt -> AES-CTR
  const ctr = await crypto.subtle.decrypt({ name: "AES-CTR", counter, length: 64 }, key, sealed);
  // ok: javascript-webcrypto-decrypt
  const again = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, plain);
  // ok: javascript-webcrypto-decrypt
  const other = await aes.decrypt({ name: "AES-GCM", iv }, key, sealed);
  return [cbc, oaep, ctr, again, other];
}
