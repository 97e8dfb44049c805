import crypto, { createVerify } from "crypto";

export function check(data, publicKey, signature) {
  // ruleid: javascript-node-verify -> RSA-PKCS1-1.5-SHA-256 function=verify
  const verifier = crypto.createVerify("RSA-SHA256");
  verifier.update(data);
  const ok = verifier.verify(publicKey, signature, "base64");
  // ruleid: javascript-node-verify -> RSA-PKCS1-1.5-MD5
  const weak = createVerify("RSA-MD5").update(data).verify(publicKey, signature);
  // ruleid: javascript-node-verify -> SHA-256
  const oneShot = crypto.verify("sha256", data, publicKey, signature);
  // ruleid: javascript-node-verify -> unknown unresolved=algorithm
  const ed = crypto.verify(null, data, publicKey, signature);
  // ok: javascript-node-verify
  const signer = crypto.createSign("RSA-SHA256");
  // ok: javascript-node-verify
  const claims = jwt.verify(token, publicKey);
  // ok: javascript-node-verify
  const again = verifier.verify(publicKey, signature);
  return [ok, weak, oneShot, ed, signer, claims, again];
}

// The project's own crypto module is not Node's.
const localCrypto = require("./crypto");
import * as crypto2 from "../lib/crypto";
import { verify as verifyLocal } from "./crypto";

export function local(data, key, signature) {
  // ok: javascript-node-verify
  const a = localCrypto.verify(data, key, signature, "sha256");
  // ok: javascript-node-verify
  const b = crypto2.verify(data, key, signature, "sha256");
  // ok: javascript-node-verify
  const c = verifyLocal("sha256", data, key, signature);
  return [a, b, c];
}
