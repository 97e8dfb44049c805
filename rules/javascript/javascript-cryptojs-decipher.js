import CryptoJS from "crypto-js";

export function decryptAll(ciphertext, key, iv, passphrase) {
  // ruleid: javascript-cryptojs-decipher -> AES-CBC function=decrypt
  const bytes = CryptoJS.AES.decrypt(ciphertext, passphrase);
  const text = bytes.toString(CryptoJS.enc.Utf8);
  // ruleid: javascript-cryptojs-decipher -> AES-ECB
  const ecb = CryptoJS.AES.decrypt(ciphertext, key, { mode: CryptoJS.mode.ECB });
  // ruleid: javascript-cryptojs-decipher -> 3DES mode=cbc
  const tdes = CryptoJS.TripleDES.decrypt(ciphertext, key, { iv, mode: CryptoJS.mode.CBC });
  // ruleid: javascript-cryptojs-decipher -> DES-56-CBC
  const des = CryptoJS.DES.decrypt(ciphertext, key);
  // ok: javascript-cryptojs-decipher
  const rc4 = CryptoJS.RC4.decrypt(ciphertext, key);
  // ok: javascript-cryptojs-decipher
  const encrypted = CryptoJS.AES.encrypt(text, passphrase);
  return [text, ecb, tdes, des, rc4, encrypted];
}
