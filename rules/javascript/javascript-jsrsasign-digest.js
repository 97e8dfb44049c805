import { KJUR } from "jsrsasign";

export function digests(text) {
  // ruleid: javascript-jsrsasign-digest -> SHA-256 function=digest
  const md = new KJUR.crypto.MessageDigest({ alg: "sha256", prov: "cryptojs" });
  md.updateString(text);
  // ruleid: javascript-jsrsasign-digest -> SHA-1
  const sha1Hex = KJUR.crypto.Util.sha1(text);
  // ruleid: javascript-jsrsasign-digest -> MD5
  const md5Hex = KJUR.crypto.Util.md5(text);
  // ruleid: javascript-jsrsasign-digest -> SHA-512
  const wide = KJUR.crypto.Util.sha512(text);
  // ok: javascript-jsrsasign-digest
  const hex = KJUR.crypto.Util.hashString(text, "sha256");
  // ok: javascript-jsrsasign-digest
  const sig = new KJUR.crypto.Signature({ alg: "SHA256withRSA" });
  return [md.digest(), sha1Hex, md5Hex, wide, hex, sig];
}
