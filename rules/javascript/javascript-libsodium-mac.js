import sodium from "libsodium-wrappers";

export function tags(message, key) {
  // ruleid: javascript-libsodium-mac -> HMAC-SHA-512/256 function=tag
  const tag = sodium.crypto_auth(message, key);
  // ruleid: javascript-libsodium-mac -> HMAC-SHA-256
  const hmac = sodium.crypto_auth_hmacsha256(message, key);
  // ruleid: javascript-libsodium-mac -> Poly1305
  const once = sodium.crypto_onetimeauth(message, key);
  // ok: javascript-libsodium-mac
  const ok = sodium.crypto_auth_verify(tag, message, key);
  return [tag, hmac, once, ok];
}
