import bcrypt from "bcryptjs";
import { compareSync } from "bcrypt";

export async function login(user, password) {
  // ruleid: javascript-bcrypt-compare -> bcrypt function=verify
  const ok = await bcrypt.compare(password, user.passwordHash);
  // ruleid: javascript-bcrypt-compare -> bcrypt
  const sync = compareSync(password, user.passwordHash);
  // ok: javascript-bcrypt-compare
  const hash = await bcrypt.hash(password, 10);
  // ok: javascript-bcrypt-compare
  const same = lodash.compare(password, user.passwordHash);
  return [ok, sync, hash, same];
}
