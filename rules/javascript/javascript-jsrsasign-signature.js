const { KJUR, KEYUTIL } = require("jsrsasign");
const rs = require("jsrsasign");

const SIG_ALG = "SHA256withECDSA";

function signAll(privateKeyPem, data, algorithm) {
  // ruleid: javascript-jsrsasign-signature -> RSA-PKCS1-1.5-SHA-256 function=sign
  const sig = new KJUR.crypto.Signature({ alg: "SHA256withRSA" });
  sig.init(privateKeyPem);
  sig.updateString(data);
  // ruleid: javascript-jsrsasign-signature -> ECDSA-SHA-256
  const ecdsa = new rs.KJUR.crypto.Signature({ alg: SIG_ALG, prov: "cryptojs/jsrsa" });
  // ruleid: javascript-jsrsasign-signature -> RSA-PSS-SHA-256
  const pss = new KJUR.crypto.Signature({ alg: "SHA256withRSAandMGF1" });
  // ruleid: javascript-jsrsasign-signature -> RSA-PKCS1-1.5-SHA-1
  const legacy = new KJUR.crypto.Signature({ "alg": "SHA1withRSA" });
  // ruleid: javascript-jsrsasign-signature -> unknown unresolved=algorithm
  const chosen = new KJUR.crypto.Signature({ alg: algorithm });
  // ok: javascript-jsrsasign-signature
  const md = new KJUR.crypto.MessageDigest({ alg: "sha256", prov: "cryptojs" });
  return [sig.sign(), ecdsa, pss, legacy, chosen, md];
}
