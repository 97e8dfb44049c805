import * as jose from "jose";
import { jwtVerify, createRemoteJWKSet } from "jose";

const JWKS = createRemoteJWKSet(new URL("https://example.com/.well-known/jwks.json"));

export async function check(jwt, publicKey, secret) {
  // ruleid: javascript-jose-verify -> ECDSA-SHA-256 function=verify
  const { payload } = await jose.jwtVerify(jwt, publicKey, { issuer: "urn:example:issuer", algorithms: ["ES256"] });
  // ruleid: javascript-jose-verify -> RSA-PKCS1-1.5-SHA-256
  const remote = await jwtVerify(jwt, JWKS, { algorithms: ["RS256"] });
  // ruleid: javascript-jose-verify -> unknown
  const any = await jwtVerify(jwt, secret);
  // ok: javascript-jose-verify
  const header = jose.decodeProtectedHeader(jwt);
  // ok: javascript-jose-verify
  const claims = jsonwebtoken.verify(jwt, secret, { algorithms: ["HS256"] });
  return [payload, remote, any, header, claims];
}
