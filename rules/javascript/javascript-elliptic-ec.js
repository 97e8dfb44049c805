const EC = require("elliptic").ec;
const elliptic = require("elliptic");
import { ec as Curve } from "elliptic";

const CURVE = "p384";

function contexts(name) {
  // ruleid: javascript-elliptic-ec -> ECDSA-secp256k1 function=keygen
  const ec = new EC("secp256k1");
  const key = ec.genKeyPair();
  // ruleid: javascript-elliptic-ec -> ECDSA-P-256 curve=P-256
  const p256 = new elliptic.ec("p256");
  // ruleid: javascript-elliptic-ec -> ECDSA-P-384
  const p384 = new Curve(CURVE);
  // ruleid: javascript-elliptic-ec -> ECDSA unresolved=curve
  const any = new EC(name);
  // ok: javascript-elliptic-ec
  const ed = new elliptic.eddsa("ed25519");
  // ok: javascript-elliptic-ec
  const ecdh = require("crypto").createECDH("secp256k1");
  return [key, p256, p384, any, ed, ecdh];
}
