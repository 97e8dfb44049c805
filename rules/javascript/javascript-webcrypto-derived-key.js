async function derivedKeys(params, baseKey, peerKey, privateKey) {
  // ruleid: javascript-webcrypto-derived-key -> AES-256-GCM function=keygen
  const aes = await crypto.subtle.deriveKey(params, baseKey, { name: "AES-GCM", length: 256 }, false, ["encrypt"]);
  // ruleid: javascript-webcrypto-derived-key -> AES-128-CBC
  const cbc = await crypto.subtle.deriveKey({ name: "ECDH", public: peerKey }, privateKey, { name: "AES-CBC", length: 128 }, false, ["encrypt"]);
  // ruleid: javascript-webcrypto-derived-key -> HMAC-SHA-512
  const mac = await crypto.subtle.deriveKey(params, baseKey, { name: "HMAC", hash: "SHA-512", length: 512 }, false, ["sign"]);
  // ok: javascript-webcrypto-derived-key
  const bits = await crypto.subtle.deriveBits(params, baseKey, 256);
  return [aes, cbc, mac, bits];
}
