const jws = require("jws");

function check(signature, secret, publicKey, algorithm) {
  // ruleid: javascript-jws-verify -> HMAC-SHA-256 function=verify
  const ok = jws.verify(signature, "HS256", secret);
  // ruleid: javascript-jws-verify -> RSA-PKCS1-1.5-SHA-512
  const rs = jws.verify(signature, "RS512", publicKey);
  // ruleid: javascript-jws-verify -> ECDSA-SHA-384
  const stream = jws.createVerify({ signature, algorithm: "ES384", publicKey });
  // ruleid: javascript-jws-verify -> unknown unresolved=algorithm
  const chosen = jws.verify(signature, algorithm, publicKey);
  // ok: javascript-jws-verify
  const decoded = jws.decode(signature);
  return [ok, rs, stream, chosen, decoded];
}
