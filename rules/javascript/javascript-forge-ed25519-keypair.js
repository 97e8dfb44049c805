import forge from "node-forge";

const ed25519 = forge.pki.ed25519;

export function keys(seed) {
  // ruleid: javascript-forge-ed25519-keypair -> Ed25519 function=keygen
  const keypair = forge.pki.ed25519.generateKeyPair();
  // ruleid: javascript-forge-ed25519-keypair -> Ed25519
  const seeded = forge.pki.ed25519.generateKeyPair({ seed });
  // ok: javascript-forge-ed25519-keypair
  const signature = ed25519.sign({ message: "test", encoding: "utf8", privateKey: keypair.privateKey });
  // ok: javascript-forge-ed25519-keypair
  const rsa = forge.pki.rsa.generateKeyPair(2048);
  return [keypair, seeded, signature, rsa];
}
