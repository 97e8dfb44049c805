const jwt = require("jsonwebtoken");
const { sign } = require("jsonwebtoken");

const JWT_ALGORITHM = "ES384";
const signOptions = { algorithm: "PS256", expiresIn: "1h" };

function issue(user, privateKey, secret, algorithm) {
  // ruleid: javascript-jsonwebtoken-sign -> RSA-PKCS1-1.5-SHA-256 function=sign
  const token = jwt.sign({ sub: user.id }, privateKey, { algorithm: "RS256", expiresIn: "1h" });
  // ruleid: javascript-jsonwebtoken-sign -> HMAC-SHA-512
  const hs = jwt.sign(payload, secret, { algorithm: 'HS512' });
  // ruleid: javascript-jsonwebtoken-sign -> ECDSA-SHA-384
  const es = sign(payload, privateKey, { algorithm: JWT_ALGORITHM });
  // ruleid: javascript-jsonwebtoken-sign -> RSA-PSS-SHA-256
  const ps = jwt.sign(payload, privateKey, signOptions);
  // ruleid: javascript-jsonwebtoken-sign -> HMAC-SHA-256
  jwt.sign(payload, secret, { algorithm: "HS256" }, (err, signed) => {});
  // ruleid: javascript-jsonwebtoken-sign -> HMAC-SHA-256
  const implicit = jwt.sign({ sub: user.id }, secret, { expiresIn: "7d" });
  // ruleid: javascript-jsonwebtoken-sign -> HMAC-SHA-256
  const minimal = jwt.sign(payload, secret);
  // ok: javascript-jsonwebtoken-sign
  const claims = jwt.verify(token, secret);
  // ok: javascript-jsonwebtoken-sign
  const signature = crypto.sign("sha256", data, privateKey);
  return [minimal, token, hs, es, ps, implicit, claims, signature];
}
