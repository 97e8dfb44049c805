import jwt, { type Algorithm, type SignOptions } from "jsonwebtoken";
import * as jsonwebtoken from "jsonwebtoken";

const ALG: Algorithm = "RS512";

const options: SignOptions = { algorithm: "ES512", expiresIn: "15m" };

export function issue(payload: object, key: string): string[] {
  // ruleid: javascript-jsonwebtoken-sign -> RSA-PKCS1-1.5-SHA-512 function=sign
  const a = jwt.sign(payload, key, { algorithm: ALG });
  // ruleid: javascript-jsonwebtoken-sign -> ECDSA-SHA-512
  const b = jsonwebtoken.sign(payload, key, options);
  // ruleid: javascript-jsonwebtoken-sign -> HMAC-SHA-384
  const c = jwt.sign(payload, key, { algorithm: "HS384" as Algorithm, expiresIn: 3600 });
  // ruleid: javascript-jsonwebtoken-sign -> HMAC-SHA-256
  const d = jwt.sign(payload, key);
  // ok: javascript-jsonwebtoken-sign
  const e = jwt.decode(a) as string;
  return [a, b, c, d, e];
}
