import * as jose from "jose";
import { generateKeyPair, generateSecret } from "jose";

const ALG = "ES384";

export async function keys(alg) {
  // ruleid: javascript-jose-keygen -> RSA-PSS-SHA-256 function=keygen
  const { publicKey, privateKey } = await jose.generateKeyPair("PS256");
  // ruleid: javascript-jose-keygen -> ECDSA-SHA-384
  const ec = await generateKeyPair(ALG, { extractable: true });
  // ruleid: javascript-jose-keygen -> RSA-PKCS1-1.5-SHA-256
  const rsa = await generateKeyPair("RS256", { modulusLength: 4096 });
  // ruleid: javascript-jose-keygen -> EdDSA
  const ed = await jose.generateKeyPair("EdDSA", { crv: "Ed25519" });
  // ruleid: javascript-jose-keygen -> HMAC-SHA-256
  const secret = await generateSecret("HS256");
  // ruleid: javascript-jose-keygen -> RSA-OAEP-SHA-256
  const oaep = await jose.generateKeyPair("RSA-OAEP-256");
  // ruleid: javascript-jose-keygen -> unknown unresolved=algorithm
  const chosen = await jose.generateKeyPair(alg);
  // ok: javascript-jose-keygen
  const node = require("crypto").generateKeyPairSync("ec", { namedCurve: "P-256" });
  return [publicKey, privateKey, ec, rsa, ed, secret, oaep, chosen, node];
}
