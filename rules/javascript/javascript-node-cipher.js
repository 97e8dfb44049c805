const crypto = require("crypto");
const { createCipheriv } = require("node:crypto");

const ALGORITHM = "aes-256-gcm";
const LEGACY_ALGORITHM = "des-ede3-cbc";
const MODE = "cbc";

class Vault {
  constructor() {
    this.cipherName = "aes-128-ctr";
  }

  seal(key, iv, data, algorithmFromCaller) {
    // ruleid: javascript-node-cipher -> AES-256-GCM function=encrypt
    const gcm = crypto.createCipheriv("aes-256-gcm", key, iv);
    // ruleid: javascript-node-cipher -> AES-256-GCM
    const same = createCipheriv(ALGORITHM, key, iv, { authTagLength: 16 });
    // ruleid: javascript-node-cipher -> 3DES-168-CBC mode=cbc
    const tdes = crypto.createCipheriv(LEGACY_ALGORITHM, key, iv);
    // ruleid: javascript-node-cipher -> AES-128-CTR
    const ctr = crypto.createCipheriv(this.cipherName, key, iv);
    // ruleid: javascript-node-cipher -> AES-256-CBC
    const cbc = crypto.createCipheriv("aes256", key, iv);
    // ruleid: javascript-node-cipher -> AES-128-ECB mode=ecb
    const ecb = crypto.createCipheriv("aes-128-ecb", key, null);
    // ruleid: javascript-node-cipher -> DES-56-CBC
    const des = crypto.createCipheriv("des", key, iv);
    // ruleid: javascript-node-cipher -> ChaCha20-Poly1305
    const chacha = crypto.createCipheriv("chacha20-poly1305", key, iv, { authTagLength: 16 });
    // ruleid: javascript-node-cipher -> Blowfish-CBC
    const bf = crypto.createCipheriv("bf-cbc", key, iv);
    // ruleid: javascript-node-cipher -> AES-192-CBC
    const size = crypto.createCipheriv("aes-192-" + MODE, key, iv);
    // ruleid: javascript-node-cipher -> RC4
    const rc4 = crypto.createCipheriv("rc4", key, "");
    // ruleid: javascript-node-cipher -> unknown unresolved=algorithm
    const dynamic = crypto.createCipheriv(algorithmFromCaller, key, iv);
    // ok: javascript-node-cipher
    const decipher = crypto.createDecipheriv("aes-256-gcm", key, iv);
    // ok: javascript-node-cipher
    const mine = cipherFactory.createCipheriv("aes-256-gcm", key, iv);
    return [gcm, same, tdes, ctr, cbc, ecb, des, chacha, bf, size, rc4, dynamic, decipher, mine];
  }
}
