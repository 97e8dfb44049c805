import sodium from "libsodium-wrappers";

export function derive(password, salt) {
  // ruleid: javascript-libsodium-pwhash -> Argon2id function=keyderive
  const key = sodium.crypto_pwhash(32, password, salt, sodium.crypto_pwhash_OPSLIMIT_INTERACTIVE, sodium.crypto_pwhash_MEMLIMIT_INTERACTIVE, sodium.crypto_pwhash_ALG_DEFAULT);
  // ruleid: javascript-libsodium-pwhash -> Argon2i
  const legacy = sodium.crypto_pwhash(32, password, salt, 4, 33554432, sodium.crypto_pwhash_ALG_ARGON2I13);
  // ruleid: javascript-libsodium-pwhash -> Argon2id
  const stored = sodium.crypto_pwhash_str(password, sodium.crypto_pwhash_OPSLIMIT_MODERATE, sodium.crypto_pwhash_MEMLIMIT_MODERATE);
  // ruleid: javascript-libsodium-pwhash -> scrypt
  const scrypt = sodium.crypto_pwhash_scryptsalsa208sha256(32, password, salt, 524288, 16777216);
  // ok: javascript-libsodium-pwhash
  const valid = sodium.crypto_pwhash_str_verify(stored, password);
  return [key, legacy, stored, scrypt, valid];
}
