const { KEYUTIL } = require("jsrsasign");

function keys(bits) {
  // ruleid: javascript-jsrsasign-keypair -> RSA-2048 function=keygen
  const rsa = KEYUTIL.generateKeypair("RSA", 2048);
  // ruleid: javascript-jsrsasign-keypair -> ECDSA-P-256
  const ec = KEYUTIL.generateKeypair("EC", "secp256r1");
  // ruleid: javascript-jsrsasign-keypair -> ECDSA-secp256k1
  const k1 = KEYUTIL.generateKeypair("EC", "secp256k1");
  // ruleid: javascript-jsrsasign-keypair -> RSA unresolved=size
  const sized = KEYUTIL.generateKeypair("RSA", bits);
  // ok: javascript-jsrsasign-keypair
  const pem = KEYUTIL.getPEM(rsa.prvKeyObj, "PKCS8PRV");
  return [rsa, ec, k1, sized, pem];
}
