import sodium from "libsodium-wrappers";

export function digests(message, key) {
  // ruleid: javascript-libsodium-hash -> BLAKE2b-512 function=digest
  const generic = sodium.crypto_generichash(32, message);
  // ruleid: javascript-libsodium-hash -> BLAKE2b-512
  const keyed = sodium.crypto_generichash(64, message, key);
  // ruleid: javascript-libsodium-hash -> SHA-512
  const sha512 = sodium.crypto_hash(message);
  // ruleid: javascript-libsodium-hash -> SHA-256
  const sha256 = sodium.crypto_hash_sha256(message);
  // ok: javascript-libsodium-hash
  const bytes = sodium.crypto_generichash_BYTES;
  // ok: javascript-libsodium-hash
  const node = require("crypto").createHash("sha512");
  return [generic, keyed, sha512, sha256, bytes, node];
}
