const argon2 = require("argon2");

async function register(password) {
  // ruleid: javascript-argon2-hash -> Argon2id function=keyderive
  const hash = await argon2.hash(password);
  // ruleid: javascript-argon2-hash -> Argon2i note=4_iterations
  const legacy = await argon2.hash(password, { type: argon2.argon2i, timeCost: 4, memoryCost: 2 ** 16 });
  // ruleid: javascript-argon2-hash -> Argon2d
  const d = await argon2.hash(password, { type: argon2.argon2d });
  // ruleid: javascript-argon2-hash -> Argon2id
  const tuned = await argon2.hash(password, { memoryCost: 19456, parallelism: 1 });
  // ok: javascript-argon2-hash
  const valid = await argon2.verify(hash, password);
  // ok: javascript-argon2-hash
  const other = await bcrypt.hash(password, 12);
  return [hash, legacy, d, tuned, valid, other];
}
