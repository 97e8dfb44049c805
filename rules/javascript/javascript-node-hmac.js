import crypto from "crypto";
import { createHmac as hmacOf } from "node:crypto";

const MAC_HASH = "sha512";

class Signer {
  static HASH = "sha384";
  #secret = process.env.SECRET;

  tag(payload) {
    // ruleid: javascript-node-hmac -> HMAC-SHA-384
    return crypto.createHmac(Signer.HASH, this.#secret).update(payload).digest("base64url");
  }
}

export function sign(payload, secret, hashName) {
  // ruleid: javascript-node-hmac -> HMAC-SHA-256 function=tag
  const tag = crypto.createHmac("sha256", secret).update(payload).digest("hex");
  // ruleid: javascript-node-hmac -> HMAC-SHA-1
  const legacy = crypto.createHmac('sha1', secret);
  // ruleid: javascript-node-hmac -> HMAC-SHA-512
  const strong = hmacOf(MAC_HASH, secret);
  // ruleid: javascript-node-hmac -> HMAC-MD5
  const weak = require("crypto").createHmac("md5", secret);
  // ruleid: javascript-node-hmac -> HMAC unresolved=hash
  const configured = crypto.createHmac(hashName, secret);
  // ok: javascript-node-hmac
  const other = jsSha.createHmac("sha256", secret);
  // ok: javascript-node-hmac
  const digest = crypto.createHash("sha256");
  return [tag, legacy, strong, weak, configured, other, digest];
}
