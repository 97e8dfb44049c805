const CryptoJS = require("crypto-js");
const RC4 = require("crypto-js/rc4");

function encryptAll(message, key) {
  // ruleid: javascript-cryptojs-stream-cipher -> RC4 function=encrypt
  const rc4 = CryptoJS.RC4.encrypt(message, key);
  // ruleid: javascript-cryptojs-stream-cipher -> RC4
  const drop = CryptoJS.RC4Drop.encrypt(message, key, { drop: 3072 / 4 });
  // ruleid: javascript-cryptojs-stream-cipher -> RC4
  const module = RC4.encrypt(message, key);
  // ruleid: javascript-cryptojs-stream-cipher -> Rabbit
  const rabbit = CryptoJS.Rabbit.encrypt(message, key);
  // ok: javascript-cryptojs-stream-cipher
  const aes = CryptoJS.AES.encrypt(message, key);
  // ok: javascript-cryptojs-stream-cipher
  const plain = CryptoJS.RC4.decrypt(rc4, key);
  return [rc4, drop, module, rabbit, aes, plain];
}
