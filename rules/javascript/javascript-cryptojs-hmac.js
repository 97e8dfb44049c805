import CryptoJS from "crypto-js";
import hmacSHA512 from "crypto-js/hmac-sha512";
import Base64 from "crypto-js/enc-base64";

export function sign(message, secret, nonce, path) {
  // ruleid: javascript-cryptojs-hmac -> HMAC-SHA-256 function=tag
  const signature = CryptoJS.HmacSHA256(message, secret).toString(CryptoJS.enc.Hex);
  // ruleid: javascript-cryptojs-hmac -> HMAC-SHA-512
  const b64 = Base64.stringify(hmacSHA512(path + nonce, secret));
  // ruleid: javascript-cryptojs-hmac -> HMAC-SHA-1
  const legacy = CryptoJS.HmacSHA1(message, secret);
  // ruleid: javascript-cryptojs-hmac -> HMAC-MD5
  const weak = CryptoJS.HmacMD5(message, secret);
  // ok: javascript-cryptojs-hmac
  const digest = CryptoJS.SHA256(message);
  // ok: javascript-cryptojs-hmac
  const node = require("crypto").createHmac("sha256", secret);
  return [signature, b64, legacy, weak, digest, node];
}
