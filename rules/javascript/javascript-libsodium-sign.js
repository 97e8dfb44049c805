import sodium from "libsodium-wrappers";

export function sign(message, secretKey) {
  // ruleid: javascript-libsodium-sign -> Ed25519 function=sign
  const signature = sodium.crypto_sign_detached(message, secretKey);
  // ruleid: javascript-libsodium-sign -> Ed25519
  const signed = sodium.crypto_sign(message, secretKey);
  // ok: javascript-libsodium-sign
  const valid = sodium.crypto_sign_verify_detached(signature, message, publicKey);
  // ok: javascript-libsodium-sign
  const keys = sodium.crypto_sign_keypair();
  return [signature, signed, valid, keys];
}
