const { argon2Sync, argon2, randomBytes } = require("node:crypto");

function hash(password, variant) {
  const nonce = randomBytes(16);
  // ruleid: javascript-node-argon2 -> Argon2id function=keyderive note=3_iterations
  const tag = argon2Sync("argon2id", { message: password, nonce, parallelism: 4, tagLength: 64, memory: 65536, passes: 3 });
  // ruleid: javascript-node-argon2 -> Argon2i
  argon2("argon2i", { message: password, nonce, parallelism: 1, tagLength: 32, memory: 4096, passes: 2 }, (err, key) => {});
  // ruleid: javascript-node-argon2 -> unknown unresolved=algorithm
  const chosen = argon2Sync(variant, { message: password, nonce, parallelism: 1, tagLength: 32, memory: 4096, passes: 2 });
  // ok: javascript-node-argon2
  const npm = argon2lib.hash(password, { type: argon2lib.argon2id });
  return [tag, chosen, npm];
}
