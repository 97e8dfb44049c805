async function wrap(key, kek, rsaPublicKey, iv) {
  // ruleid: javascript-webcrypto-wrapkey -> AES-KW function=encrypt
  const wrapped = await crypto.subtle.wrapKey("raw", key, kek, "AES-KW");
  // ruleid: javascript-webcrypto-wrapkey -> AES-KW
  const again = await crypto.subtle.wrapKey("raw", key, kek, { name: "AES-KW" });
  // ruleid: javascript-webcrypto-wrapkey -> RSA-OAEP
  const oaep = await crypto.subtle.wrapKey("jwk", key, rsaPublicKey, { name: "RSA-OAEP" });
  // ruleid: javascript-webcrypto-wrapkey -> AES-GCM
  const gcm = await crypto.subtle.wrapKey("pkcs8", key, kek, { name: "AES-GCM", iv });
  // ok: javascript-webcrypto-wrapkey
  const exported = await crypto.subtle.exportKey("raw", key);
  return [wrapped, again, oaep, gcm, exported];
}
