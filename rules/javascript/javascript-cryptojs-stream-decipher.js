import CryptoJS from "crypto-js";

export function decryptAll(ciphertext, key) {
  // ruleid: javascript-cryptojs-stream-decipher -> RC4 function=decrypt
  const rc4 = CryptoJS.RC4.decrypt(ciphertext, key).toString(CryptoJS.enc.Utf8);
  // ruleid: javascript-cryptojs-stream-decipher -> Rabbit
  const rabbit = CryptoJS.Rabbit.decrypt(ciphertext, key);
  // ok: javascript-cryptojs-stream-decipher
  const sealed = CryptoJS.RC4.encrypt(rc4, key);
  // ok: javascript-cryptojs-stream-decipher
  const aes = CryptoJS.AES.decrypt(ciphertext, key);
  return [rc4, rabbit, sealed, aes];
}
