import sodium from "libsodium-wrappers";

export function verify(signature, signed, message, publicKey) {
  // ruleid: javascript-libsodium-verify -> Ed25519 function=verify
  const valid = sodium.crypto_sign_verify_detached(signature, message, publicKey);
  // ruleid: javascript-libsodium-verify -> Ed25519
  const opened = sodium.crypto_sign_open(signed, publicKey);
  // ok: javascript-libsodium-verify
  const again = sodium.crypto_sign_detached(message, secretKey);
  return [valid, opened, again];
}
