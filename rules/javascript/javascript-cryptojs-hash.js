const CryptoJS = require("crypto-js");
import sha256 from "crypto-js/sha256";
import md5 from "crypto-js/md5";
import { SHA512 } from "crypto-js";

function hashes(message, nonce, path, privateKey) {
  // ruleid: javascript-cryptojs-hash -> SHA-256 function=digest
  const digest = CryptoJS.SHA256(message).toString(CryptoJS.enc.Hex);
  // ruleid: javascript-cryptojs-hash -> MD5
  const legacy = CryptoJS.MD5(message).toString();
  // ruleid: javascript-cryptojs-hash -> SHA-1
  const sha1 = CryptoJS.SHA1(message);
  // ruleid: javascript-cryptojs-hash -> SHA-256
  const hashDigest = sha256(nonce + message);
  // ruleid: javascript-cryptojs-hash -> MD5
  const etag = md5(message).toString();
  // ruleid: javascript-cryptojs-hash -> SHA-512
  const wide = SHA512(message);
  // ruleid: javascript-cryptojs-hash -> Keccak-512
  const keccak = CryptoJS.SHA3(message);
  // ruleid: javascript-cryptojs-hash -> RIPEMD-160
  const rmd = CryptoJS.RIPEMD160(message);
  // ruleid: javascript-cryptojs-hash -> SHA-256
  const progressive = CryptoJS.algo.SHA256.create();
  progressive.update(message);
  // ok: javascript-cryptojs-hash
  const mac = CryptoJS.HmacSHA256(message, privateKey);
  // ok: javascript-cryptojs-hash
  const nodeHash = require("crypto").createHash("sha256");
  // ok: javascript-cryptojs-hash
  const mine = Hashes.SHA256(message);
  return [digest, legacy, sha1, hashDigest, etag, wide, keccak, rmd, progressive, mac, nodeHash, mine];
}
