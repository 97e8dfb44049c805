import nacl from "tweetnacl";

export function open(box, nonce, key) {
  // ruleid: javascript-tweetnacl-secretbox-open -> XSalsa20-Poly1305 function=decrypt
  const message = nacl.secretbox.open(box, nonce, key);
  // ok: javascript-tweetnacl-secretbox-open
  const sealed = nacl.secretbox(message, nonce, key);
  return [message, sealed];
}
