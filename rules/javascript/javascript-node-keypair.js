const crypto = require("crypto");
const { generateKeyPair, generateKeyPairSync } = require("node:crypto");
const { promisify } = require("util");

const KEY_TYPE = "rsa";
const RSA_OPTIONS = {
  modulusLength: 4096,
  publicKeyEncoding: { type: "spki", format: "pem" },
  privateKeyEncoding: { type: "pkcs8", format: "pem" },
};
const CURVE = "secp256k1";
const generateKeyPairAsync = promisify(crypto.generateKeyPair);

async function keys(bits, type) {
  // ruleid: javascript-node-keypair -> RSA-2048 function=keygen
  const { publicKey, privateKey } = crypto.generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
  // ruleid: javascript-node-keypair -> RSA-4096
  const strong = generateKeyPairSync(KEY_TYPE, RSA_OPTIONS);
  // ruleid: javascript-node-keypair -> ECDSA-P-256 curve=P-256
  const ec = crypto.generateKeyPairSync("ec", { namedCurve: "P-256" });
  // ruleid: javascript-node-keypair -> ECDSA-P-384
  const ec384 = crypto.generateKeyPairSync("ec", { namedCurve: "secp384r1" });
  // ruleid: javascript-node-keypair -> ECDSA-secp256k1
  const bitcoin = crypto.generateKeyPairSync("ec", { namedCurve: CURVE });
  // ruleid: javascript-node-keypair -> Ed25519
  const ed = crypto.generateKeyPairSync("ed25519");
  // ruleid: javascript-node-keypair -> X25519
  const x = crypto.generateKeyPairSync("x25519");
  // ruleid: javascript-node-keypair -> RSA-PSS-3072
  const pss = crypto.generateKeyPairSync("rsa-pss", { modulusLength: 3072, hashAlgorithm: "sha256" });
  // ruleid: javascript-node-keypair -> DSA-2048
  const dsa = crypto.generateKeyPairSync("dsa", { modulusLength: 2048, divisorLength: 256 });
  // ruleid: javascript-node-keypair -> ML-KEM-768
  const kem = crypto.generateKeyPairSync("ml-kem-768");
  // ruleid: javascript-node-keypair -> ML-DSA-65
  const mldsa = crypto.generateKeyPairSync("ml-dsa-65");
  // ruleid: javascript-node-keypair -> RSA-1024
  generateKeyPair("rsa", { modulusLength: 1024 }, (err, pub, priv) => {});
  // ruleid: javascript-node-keypair -> RSA-2048
  const pair = await promisify(crypto.generateKeyPair)("rsa", { modulusLength: 2048 });
  // ruleid: javascript-node-keypair -> RSA unresolved=size
  const sized = crypto.generateKeyPairSync("rsa", { modulusLength: bits });
  // ruleid: javascript-node-keypair -> unknown unresolved=algorithm
  const any = crypto.generateKeyPairSync(type, { modulusLength: 2048 });
  // ok: javascript-node-keypair
  const jwk = await jose.generateKeyPair("ES256");
  // ok: javascript-node-keypair
  const secret = crypto.generateKeySync("hmac", { length: 256 });
  // ruleid: javascript-node-keypair -> ECDSA-P-521
  const promised = await generateKeyPairAsync("ec", { namedCurve: "P-521" });
  return [promised, publicKey, privateKey, strong, ec, ec384, bitcoin, ed, x, pss, dsa, kem, mldsa, pair, sized, any, jwk, secret];
}
