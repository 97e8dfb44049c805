const rs = require("jsrsasign");

function mac(key, text) {
  // ruleid: javascript-jsrsasign-mac -> HMAC-SHA-256 function=tag
  const mac = new rs.KJUR.crypto.Mac({ alg: "HmacSHA256", pass: { rstr: key } });
  mac.updateString(text);
  // ruleid: javascript-jsrsasign-mac -> HMAC-SHA-1
  const legacy = new rs.KJUR.crypto.Mac({ alg: "HmacSHA1", pass: key });
  // ok: javascript-jsrsasign-mac
  const md = new rs.KJUR.crypto.MessageDigest({ alg: "sha1" });
  return [mac.doFinal(), legacy, md];
}
