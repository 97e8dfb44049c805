const crypto = require("crypto");
const { createHash } = require("node:crypto");
const nodeCrypto = require("node:crypto");
const crypto_1 = require("crypto");
const createHashBrowser = require("create-hash");
const cryptoBrowserify = require("crypto-browserify");
const crypto_2 = __importDefault(require("crypto"));
var _crypto = _interopRequireDefault(require("node:crypto"));
var import_node_crypto;
import_node_crypto = __toESM(require("node:crypto"), 1);

const HASH_ALGORITHM = "sha256";
const config = { digest: "sha512" };

function fingerprint(data, algorithm) {
  // ruleid: javascript-node-hash -> MD5 function=digest
  const md5 = crypto.createHash("md5").update(data).digest("hex");
  // ruleid: javascript-node-hash -> SHA-1
  const sha1 = crypto.createHash('sha1');
  sha1.update(data);
  // ruleid: javascript-node-hash -> SHA-256
  const h = createHash(HASH_ALGORITHM);
  // ruleid: javascript-node-hash -> SHA-512
  const big = nodeCrypto.createHash(config.digest);
  // ruleid: javascript-node-hash -> SHA3-256
  const sha3 = require("crypto").createHash("sha3-256");
  // ruleid: javascript-node-hash -> SHA-512/256
  const trunc = createHash(`sha512-256`);
  // ruleid: javascript-node-hash -> SHA-1
  const oneShot = crypto.hash("sha1", data);
  // ruleid: javascript-node-hash -> RIPEMD-160
  const rmd = crypto.createHash("ripemd160");
  // ruleid: javascript-node-hash -> unknown unresolved=algorithm
  const dynamic = crypto.createHash(algorithm);
  // ruleid: javascript-node-hash -> SHA-224
  const compiled = (0, crypto_1.createHash)("sha224");
  // ruleid: javascript-node-hash -> SHA-256
  const tsc = crypto_2.default.createHash("sha256");
  // ruleid: javascript-node-hash -> MD5
  const babel = _crypto.default
    .createHash("md5");
  // ruleid: javascript-node-hash -> SHA-256
  const browser = createHashBrowser("sha256").update(data).digest();
  // ruleid: javascript-node-hash -> RIPEMD-160
  const bundled = cryptoBrowserify.createHash("rmd160");
  // ruleid: javascript-node-hash -> SHA-384
  const bundled2 = (0, import_node_crypto.createHash)("sha384");
  // ok: javascript-node-hash
  const helper = utils.crypto.hash(data);
  // ok: javascript-node-hash
  const notNode = hasher.createHash("md5");
  // ok: javascript-node-hash
  const hmac = crypto.createHmac("sha256", key);
  // ok: javascript-node-hash (a comment mentioning crypto.createHash("md5"))
  const text = "crypto.createHash('md5')";
  return [bundled2, helper, browser, bundled, tsc, babel, compiled, md5, sha1, h, big, sha3, trunc, oneShot, rmd, dynamic, notNode, hmac, text];
}
