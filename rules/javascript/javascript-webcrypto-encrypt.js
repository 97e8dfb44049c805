const ALGORITHM = { name: "AES-CBC", iv: new Uint8Array(16) };

async function encryptAll(key, rsaKey, data, params) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  // ruleid: javascript-webcrypto-encrypt -> AES-GCM function=encrypt
  const sealed = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, data);
  // ruleid: javascript-webcrypto-encrypt -> AES-GCM mode=gcm
  const tagged = await window.crypto.subtle.encrypt({ name: "AES-GCM", iv: iv, tagLength: 128 }, key, data);
  // ruleid: javascript-webcrypto-encrypt -> AES-CBC
  const cbc = await crypto.subtle.encrypt(ALGORITHM, key, data);
  // ruleid: javascript-webcrypto-encrypt -> AES-CTR
  const ctr = await crypto.subtle.encrypt({ name: "AES-CTR", counter: new Uint8Array(16), length: 64 }, key, data);
  // ruleid: javascript-webcrypto-encrypt -> RSA-OAEP
  const oaep = await crypto.subtle.encrypt({ name: "RSA-OAEP" }, rsaKey, data);
  // ruleid: javascript-webcrypto-encrypt -> RSA-OAEP
  const named = await crypto.subtle.encrypt("RSA-OAEP", rsaKey, data);
  // ruleid: javascript-webcrypto-encrypt -> unknown unresolved=algorithm
  const chosen = await crypto.subtle.encrypt(params, key, data);
  // ok: javascript-webcrypto-encrypt
  const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv }, key, sealed);
  // ok: javascript-webcrypto-encrypt
  const other = await cipher.encrypt({ name: "AES-GCM", iv }, key, data);
  return [tagged, cbc, ctr, oaep, named, chosen, plain, other];
}
