const jws = require("jws");

const HEADER = { alg: "ES256", typ: "JWT" };

function sign(payload, secret, privateKey, header) {
  // ruleid: javascript-jws-sign -> HMAC-SHA-256 function=sign
  const signature = jws.sign({ header: { alg: "HS256" }, payload: payload, secret: secret });
  // ruleid: javascript-jws-sign -> ECDSA-SHA-256
  const es = jws.sign({ header: HEADER, payload, privateKey });
  // ruleid: javascript-jws-sign -> RSA-PKCS1-1.5-SHA-256
  const stream = jws.createSign({ header: { alg: "RS256" }, privateKey, payload });
  // ruleid: javascript-jws-sign -> unknown unresolved=algorithm
  const chosen = jws.sign({ header, payload, secret });
  // ok: javascript-jws-sign
  const decoded = jws.decode(signature);
  // ok: javascript-jws-sign
  const token = jwt.sign(payload, secret, { algorithm: "HS256" });
  return [signature, es, stream, chosen, decoded, token];
}
