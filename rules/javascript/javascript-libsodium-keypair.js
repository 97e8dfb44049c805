import sodium from "libsodium-wrappers";

export async function keys(seed) {
  await sodium.ready;
  // ruleid: javascript-libsodium-keypair -> X25519 function=keygen
  const box = sodium.crypto_box_keypair();
  // ruleid: javascript-libsodium-keypair -> Ed25519
  const sign = sodium.crypto_sign_keypair();
  // ruleid: javascript-libsodium-keypair -> Ed25519
  const seeded = sodium.crypto_sign_seed_keypair(seed);
  // ruleid: javascript-libsodium-keypair -> X25519
  const kx = sodium.crypto_kx_keypair();
  // ok: javascript-libsodium-keypair
  const secret = sodium.crypto_secretbox_keygen();
  return [box, sign, seeded, kx, secret];
}
