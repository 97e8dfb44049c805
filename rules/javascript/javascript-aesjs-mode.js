const aesjs = require("aes-js");

function encrypt(key, iv, bytes) {
  // ruleid: javascript-aesjs-mode -> AES-CTR function=encrypt
  const aesCtr = new aesjs.ModeOfOperation.ctr(key, new aesjs.Counter(5));
  const encryptedBytes = aesCtr.encrypt(bytes);
  // ruleid: javascript-aesjs-mode -> AES-CBC
  const aesCbc = new aesjs.ModeOfOperation.cbc(key, iv);
  // ruleid: javascript-aesjs-mode -> AES-ECB
  const aesEcb = new aesjs.ModeOfOperation.ecb(key);
  // ruleid: javascript-aesjs-mode -> AES-CFB
  const aesCfb = new aesjs.ModeOfOperation.cfb(key, iv, 8);
  // ruleid: javascript-aesjs-mode -> AES-OFB
  const aesOfb = new aesjs.ModeOfOperation.ofb(key, iv);
  // ok: javascript-aesjs-mode
  const hex = aesjs.utils.hex.fromBytes(encryptedBytes);
  // ok: javascript-aesjs-mode
  const counter = new aesjs.Counter(5);
  return [aesCbc, aesEcb, aesCfb, aesOfb, hex, counter];
}
