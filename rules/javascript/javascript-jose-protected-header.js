import * as jose from "jose";
import { SignJWT, CompactSign } from "jose";

const alg = "RS256";

export async function issue(privateKey, secret, payload, algorithm) {
  // ruleid: javascript-jose-protected-header -> ECDSA-SHA-256 function=sign
  const jwt = await new jose.SignJWT({ "urn:example:claim": true }).setProtectedHeader({ alg: "ES256" }).setIssuedAt().setExpirationTime("2h").sign(privateKey);
  // ruleid: javascript-jose-protected-header -> RSA-PKCS1-1.5-SHA-256
  const token = await new SignJWT({ sub: "42" }).setProtectedHeader({ alg, typ: "JWT" }).sign(privateKey);
  // ruleid: javascript-jose-protected-header -> HMAC-SHA-256
  const hs = await new SignJWT(payload).setIssuedAt().setProtectedHeader({ alg: "HS256" }).sign(secret);
  // ruleid: javascript-jose-protected-header -> EdDSA
  const jws = await new CompactSign(new TextEncoder().encode(payload)).setProtectedHeader({ alg: "EdDSA" }).sign(privateKey);
  // ruleid: javascript-jose-protected-header -> RSA-PSS-SHA-384 (a chain is reported where it starts)
  const ps = await new SignJWT(payload)
    .setProtectedHeader({ alg: "PS384" })
    .sign(privateKey);
  // ruleid: javascript-jose-protected-header -> unknown unresolved=algorithm
  const chosen = await new SignJWT(payload).setProtectedHeader({ alg: algorithm }).sign(privateKey);
  // ok: javascript-jose-protected-header
  const { payload: claims } = await jose.jwtVerify(jwt, privateKey);
  // ok: javascript-jose-protected-header
  const header = jose.decodeProtectedHeader(jwt);
  return [jwt, token, hs, jws, ps, chosen, claims, header];
}
