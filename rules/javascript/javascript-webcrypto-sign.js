const SIGN_PARAMS = { name: "RSA-PSS", saltLength: 32 };

async function signAll(ecKey, hmacKey, rsaKey, edKey, data) {
  // ruleid: javascript-webcrypto-sign -> ECDSA-SHA-384 function=sign
  const ecdsa = await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-384" }, ecKey, data);
  // ruleid: javascript-webcrypto-sign -> ECDSA-SHA-256
  const nested = await crypto.subtle.sign({ name: "ECDSA", hash: { name: "SHA-256" } }, ecKey, data);
  // ruleid: javascript-webcrypto-sign -> HMAC
  const mac = await window.crypto.subtle.sign("HMAC", hmacKey, data);
  // ruleid: javascript-webcrypto-sign -> HMAC
  const macObject = await crypto.subtle.sign({ name: "HMAC" }, hmacKey, data);
  // ruleid: javascript-webcrypto-sign -> RSA-PSS
  const pss = await crypto.subtle.sign(SIGN_PARAMS, rsaKey, data);
  // ruleid: javascript-webcrypto-sign -> RSA-PKCS1-1.5
  const pkcs1 = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", rsaKey, data);
  // ruleid: javascript-webcrypto-sign -> Ed25519
  const ed = await crypto.subtle.sign({ name: "Ed25519" }, edKey, data);
  // ok: javascript-webcrypto-sign
  const valid = await crypto.subtle.verify("HMAC", hmacKey, mac, data);
  // ok: javascript-webcrypto-sign
  const token = jwt.sign({ sub: "42" }, "secret");
  return [ecdsa, nested, macObject, pss, pkcs1, ed, valid, token];
}
