const sodium = require("sodium-native");

function open(message, box, nonce, key, publicKey, secretKey, additionalData) {
  // ruleid: javascript-libsodium-decrypt -> XSalsa20-Poly1305 function=decrypt
  const ok = sodium.crypto_secretbox_open_easy(message, box, nonce, key);
  // ruleid: javascript-libsodium-decrypt -> ChaCha20-Poly1305
  const n = sodium.crypto_aead_chacha20poly1305_ietf_decrypt(message, null, box, additionalData, nonce, key);
  // ruleid: javascript-libsodium-decrypt -> X25519
  const unsealed = sodium.crypto_box_seal_open(message, box, publicKey, secretKey);
  // ok: javascript-libsodium-decrypt
  sodium.crypto_secretbox_easy(box, message, nonce, key);
  return [ok, n, unsealed];
}
