import { createCipheriv, randomBytes, type CipherGCMTypes } from "node:crypto";
import * as crypto from "crypto";

const ALGORITHM: CipherGCMTypes = "aes-256-gcm";
const LEGACY = "des-ede3-cbc" satisfies string;

interface EncryptedPayload {
  iv: string;
  tag: string;
  data: string;
}

export class TokenCipher {
  private readonly algorithm = "aes-128-cbc";

  constructor(private readonly key: Buffer) {}

  encrypt(plain: string, mode?: string): EncryptedPayload {
    const iv = randomBytes(12);
    // ruleid: javascript-node-cipher -> AES-256-GCM function=encrypt
    const cipher = createCipheriv(ALGORITHM, this.key, iv, { authTagLength: 16 });
    // ruleid: javascript-node-cipher -> 3DES-168-CBC
    const legacy = crypto.createCipheriv(LEGACY, this.key, iv.subarray(0, 8));
    // ruleid: javascript-node-cipher -> AES-128-CBC
    const cbc = crypto.createCipheriv(this.algorithm, this.key, randomBytes(16));
    // ruleid: javascript-node-cipher -> AES-192-CTR
    const ctr = crypto.createCipheriv(`aes-${192}-ctr` as crypto.CipherCCMTypes, this.key, iv);
    // ruleid: javascript-node-cipher -> unknown unresolved=algorithm
    const chosen = crypto.createCipheriv(mode!, this.key, iv);
    // ok: javascript-node-cipher
    const decipher = crypto.createDecipheriv<string>(ALGORITHM, this.key, iv);
    const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
    void [legacy, cbc, ctr, chosen, decipher];
    return { iv: iv.toString("hex"), tag: cipher.getAuthTag().toString("hex"), data: data.toString("hex") };
  }
}
