import forge from "node-forge";

export function decrypt(key, iv, tag, encrypted) {
  // ruleid: javascript-forge-decipher -> AES-GCM function=decrypt
  const decipher = forge.cipher.createDecipher("AES-GCM", key);
  decipher.start({ iv, tag });
  decipher.update(encrypted);
  const pass = decipher.finish();
  // ruleid: javascript-forge-decipher -> 3DES-168-ECB
  const tdes = forge.cipher.createDecipher("3DES-ECB", forge.util.createBuffer(key));
  // ruleid: javascript-forge-decipher -> AES-CFB
  const cfb = forge.cipher.createDecipher("AES-CFB", key);
  // ok: javascript-forge-decipher
  const cipher = forge.cipher.createCipher("AES-GCM", key);
  return [pass, tdes, cfb, cipher];
}
