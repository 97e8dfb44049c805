const _sodium = require("libsodium-wrappers");

async function seal(message, key, publicKey, secretKey, additionalData) {
  await _sodium.ready;
  const sodium = _sodium;
  const nonce = sodium.randombytes_buf(sodium.crypto_secretbox_NONCEBYTES);
  // ruleid: javascript-libsodium-encrypt -> XSalsa20-Poly1305 function=encrypt
  const box = sodium.crypto_secretbox_easy(message, nonce, key);
  // ruleid: javascript-libsodium-encrypt -> XChaCha20-Poly1305
  const aead = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(message, additionalData, null, nonce, key);
  // ruleid: javascript-libsodium-encrypt -> AES-256-GCM
  const gcm = sodium.crypto_aead_aes256gcm_encrypt(message, additionalData, null, nonce, key);
  // ruleid: javascript-libsodium-encrypt -> X25519
  const sealed = sodium.crypto_box_seal(message, publicKey);
  // ruleid: javascript-libsodium-encrypt -> X25519
  const authenticated = sodium.crypto_box_easy(message, nonce, publicKey, secretKey);
  // ok: javascript-libsodium-encrypt
  const opened = sodium.crypto_secretbox_open_easy(box, nonce, key);
  // ok: javascript-libsodium-encrypt
  const nonceBytes = sodium.crypto_secretbox_NONCEBYTES;
  return [box, aead, gcm, sealed, authenticated, opened, nonceBytes];
}
