async function unwrap(wrapped, kek, rsaPrivateKey, iv) {
  // ruleid: javascript-webcrypto-unwrapkey -> AES-KW function=decrypt
  const key = await crypto.subtle.unwrapKey("raw", wrapped, kek, "AES-KW", "AES-GCM", true, ["encrypt", "decrypt"]);
  // ruleid: javascript-webcrypto-unwrapkey -> RSA-OAEP
  const jwk = await crypto.subtle.unwrapKey("jwk", wrapped, rsaPrivateKey, { name: "RSA-OAEP" }, { name: "AES-GCM", length: 256 }, true, ["decrypt"]);
  // ok: javascript-webcrypto-unwrapkey
  const sealed = await crypto.subtle.wrapKey("raw", key, kek, "AES-KW");
  return [key, jwk, sealed];
}
