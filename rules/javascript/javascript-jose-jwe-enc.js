import * as jose from "jose";

const ENC = "A128CBC-HS256";

export async function encrypt(claims, secret, publicKey, enc) {
  // ruleid: javascript-jose-jwe-enc -> AES-256-GCM function=encrypt
  const jwe = await new jose.EncryptJWT(claims).setProtectedHeader({ alg: "dir", enc: "A256GCM" }).encrypt(secret);
  // ruleid: javascript-jose-jwe-enc -> AES-128-GCM
  const wrapped = await new jose.CompactEncrypt(new TextEncoder().encode("text")).setProtectedHeader({ alg: "RSA-OAEP-256", enc: "A128GCM" }).encrypt(publicKey);
  // ruleid: javascript-jose-jwe-enc -> AES-128-CBC
  const cbc = await new jose.EncryptJWT(claims).setProtectedHeader({ alg: "A128KW", enc: ENC }).encrypt(secret);
  // ruleid: javascript-jose-jwe-enc -> unknown unresolved=algorithm
  const chosen = await new jose.EncryptJWT(claims).setProtectedHeader({ alg: "dir", enc }).encrypt(secret);
  // ok: javascript-jose-jwe-enc
  const jws = await new jose.SignJWT(claims).setProtectedHeader({ alg: "ES256" }).sign(secret);
  return [cbc, jwe, wrapped, chosen, jws];
}
