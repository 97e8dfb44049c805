function token(length) {
  let out = "";
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  for (let i = 0; i < length; i++) {
    // ruleid: javascript-math-random -> xorshift128+ function=generate note=non-cryptographic
    out += chars.charAt(Math.floor(Math.random() * chars.length));
  }
  // ruleid: javascript-math-random -> xorshift128+
  const sessionId = Math.random().toString(36).substring(2);
  // ruleid: javascript-math-random -> xorshift128+
  const iv = Array.from({ length: 16 }, () => Math.floor(window.Math.random() * 256));
  // ok: javascript-math-random
  const secure = crypto.getRandomValues(new Uint8Array(16));
  // ok: javascript-math-random
  const lodashRandom = _.random(0, 10);
  // ok: javascript-math-random
  const seeded = MyMath.random();
  // ok: javascript-math-random (a comment about Math.random())
  const note = "Math.random() is not secure";
  return [out, sessionId, iv, secure, lodashRandom, seeded, note];
}
