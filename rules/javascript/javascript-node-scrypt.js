import { scrypt, scryptSync, randomBytes } from "node:crypto";
import * as crypto from "crypto";

export function hashPassword(password) {
  const salt = randomBytes(16);
  // ruleid: javascript-node-scrypt -> scrypt function=keyderive
  const key = scryptSync(password, salt, 64, { N: 16384, r: 8, p: 1 });
  // ruleid: javascript-node-scrypt -> scrypt
  scrypt(password, salt, 32, (err, derived) => {});
  // ruleid: javascript-node-scrypt -> scrypt
  const other = crypto.scryptSync(password, "salt", 24);
  // ok: javascript-node-scrypt
  const lib = scryptJs.scrypt(password, salt, 16384, 8, 1, 64);
  return [salt, key, other, lib];
}
