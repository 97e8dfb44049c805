import * as nacl from "tweetnacl";

export function encrypt(message, nonce, theirPublicKey, mySecretKey, shared) {
  // ruleid: javascript-tweetnacl-box -> X25519 function=encrypt
  const box = nacl.box(message, nonce, theirPublicKey, mySecretKey);
  // ruleid: javascript-tweetnacl-box -> X25519
  const fast = nacl.box.after(message, nonce, shared);
  // ok: javascript-tweetnacl-box
  const opened = nacl.box.open(box, nonce, theirPublicKey, mySecretKey);
  // ok: javascript-tweetnacl-box
  const keys = nacl.box.keyPair();
  return [box, fast, opened, keys];
}
