import * as crypto from "node:crypto";
import { createHash as hash } from "crypto";
import nodeCrypto = require("crypto");

const DIGEST = "sha384" as const;

enum Digests {
  Legacy = "md5",
}

class Fingerprinter {
  static readonly ALGORITHM: string = "sha512";

  compute(data: Buffer, algorithm: string): string[] {
    // ruleid: javascript-node-hash -> SHA-384 function=digest
    const a = crypto.createHash(DIGEST).update(data).digest("hex");
    // ruleid: javascript-node-hash -> MD5
    const b = hash(Digests.Legacy).update(data).digest("hex");
    // ruleid: javascript-node-hash -> SHA-512
    const c = nodeCrypto.createHash(Fingerprinter.ALGORITHM);
    // ruleid: javascript-node-hash -> SHA-1
    const d = crypto!.createHash("sha1" as string);
    // ruleid: javascript-node-hash -> unknown unresolved=algorithm
    const e = crypto.createHash(algorithm);
    // ok: javascript-node-hash
    const f = (this as any).createHash("md5");
    return [a, b, c.digest("hex"), d.digest("hex"), e.digest("hex"), f];
  }
}
