async function verifyAll(publicKey, hmacKey, signature, data) {
  // ruleid: javascript-webcrypto-verify -> ECDSA-SHA-256 function=verify
  const ok = await crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, publicKey, signature, data);
  // ruleid: javascript-webcrypto-verify -> RSA-PKCS1-1.5
  const rsa = await crypto.subtle.verify({ name: "RSASSA-PKCS1-v1_5" }, publicKey, signature, data);
  // ruleid: javascript-webcrypto-verify -> HMAC
  const mac = await crypto.subtle.verify("HMAC", hmacKey, signature, data);
  // ruleid: javascript-webcrypto-verify -> Ed25519
  const ed = await crypto.subtle.verify("Ed25519", publicKey, signature, data);
  // ok: javascript-webcrypto-verify
  const sig = await crypto.subtle.sign("HMAC", hmacKey, data);
  // ok: javascript-webcrypto-verify
  const claims = jwt.verify(token, publicKey);
  return [ok, rsa, mac, ed, sig, claims];
}
