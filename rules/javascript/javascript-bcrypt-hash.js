const bcrypt = require("bcrypt");

const SALT_ROUNDS = 12;

async function register(user, password) {
  // ruleid: javascript-bcrypt-hash -> bcrypt function=keyderive
  const hash = await bcrypt.hash(password, SALT_ROUNDS);
  // ruleid: javascript-bcrypt-hash -> bcrypt
  const sync = bcrypt.hashSync(password, 10);
  const salt = await bcrypt.genSalt(10);
  // ruleid: javascript-bcrypt-hash -> bcrypt
  const salted = await bcrypt.hash(password, salt);
  // ruleid: javascript-bcrypt-hash -> bcrypt
  bcrypt.hash(password, 10, function (err, hashed) {
    user.password = hashed;
  });
  // ok: javascript-bcrypt-hash
  const matches = await bcrypt.compare(password, hash);
  // ok: javascript-bcrypt-hash
  const argonHash = await argon2.hash(password);
  // ok: javascript-bcrypt-hash
  const digest = hasher.hash(password, 10);
  return [hash, sync, salted, matches, argonHash, digest];
}
