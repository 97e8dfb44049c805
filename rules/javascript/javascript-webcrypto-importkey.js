const enc = new TextEncoder();

async function imports(secret, password, spki, jwk, rawKey) {
  // ruleid: javascript-webcrypto-importkey -> HMAC-SHA-256 function=other
  const hmacKey = await crypto.subtle.importKey("raw", enc.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  // ruleid: javascript-webcrypto-importkey -> PBKDF2
  const baseKey = await crypto.subtle.importKey("raw", enc.encode(password), "PBKDF2", false, ["deriveKey"]);
  // ruleid: javascript-webcrypto-importkey -> AES-GCM
  const aesKey = await crypto.subtle.importKey("raw", rawKey, "AES-GCM", true, ["encrypt", "decrypt"]);
  // ruleid: javascript-webcrypto-importkey -> AES-CBC
  const cbcKey = await crypto.subtle.importKey("raw", rawKey, { name: "AES-CBC" }, false, ["decrypt"]);
  // ruleid: javascript-webcrypto-importkey -> ECDSA-P-256 curve=P-256
  const ecKey = await crypto.subtle.importKey("spki", spki, { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]);
  // ruleid: javascript-webcrypto-importkey -> RSA-PKCS1-1.5-SHA-256
  const rsaKey = await crypto.subtle.importKey("jwk", jwk, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["verify"]);
  // ruleid: javascript-webcrypto-importkey -> RSA-OAEP-SHA-1
  const oaepKey = await crypto.subtle.importKey("spki", spki, { name: "RSA-OAEP", hash: { name: "SHA-1" } }, false, ["encrypt"]);
  // ok: javascript-webcrypto-importkey
  const exported = await crypto.subtle.exportKey("raw", aesKey);
  // ok: javascript-webcrypto-importkey
  const pem = await jose.importSPKI(spki, "ES256");
  return [hmacKey, baseKey, cbcKey, ecKey, rsaKey, oaepKey, exported, pem];
}
