import jwt from "jsonwebtoken";

const ALLOWED = ["ES256"];

export function authenticate(token, publicKey, secret) {
  // ruleid: javascript-jsonwebtoken-verify -> RSA-PKCS1-1.5-SHA-256 function=verify
  const claims = jwt.verify(token, publicKey, { algorithms: ["RS256"] });
  // ruleid: javascript-jsonwebtoken-verify -> HMAC-SHA-256
  const session = jwt.verify(token, secret, { algorithms: ['HS256', 'HS384'], maxAge: "1h" });
  // ruleid: javascript-jsonwebtoken-verify -> ECDSA-SHA-256
  const es = jwt.verify(token, publicKey, { algorithms: ALLOWED });
  // ruleid: javascript-jsonwebtoken-verify -> unknown
  const any = jwt.verify(token, secret);
  // ok: javascript-jsonwebtoken-verify
  const decoded = jwt.decode(token, { complete: true });
  // ok: javascript-jsonwebtoken-verify
  const valid = crypto.verify("sha256", data, publicKey, signature);
  return [claims, session, es, any, decoded, valid];
}
