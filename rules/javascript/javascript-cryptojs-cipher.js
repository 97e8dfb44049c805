const CryptoJS = require("crypto-js");
const { TripleDES } = require("crypto-js");
import AES from "crypto-js/aes";

const SECRET = process.env.SECRET;
const MODE = CryptoJS.mode.CFB;

function encryptAll(message, key, iv, options) {
  // ruleid: javascript-cryptojs-cipher -> AES-CBC function=encrypt
  const ciphertext = CryptoJS.AES.encrypt(message, SECRET).toString();
  // ruleid: javascript-cryptojs-cipher -> AES-ECB mode=ecb
  const ecb = CryptoJS.AES.encrypt(message, key, { mode: CryptoJS.mode.ECB, padding: CryptoJS.pad.Pkcs7 });
  // ruleid: javascript-cryptojs-cipher -> AES-CBC
  const cbc = CryptoJS.AES.encrypt(CryptoJS.enc.Utf8.parse(message), key, { iv: iv, mode: CryptoJS.mode.CBC });
  // ruleid: javascript-cryptojs-cipher -> AES-CTR
  const ctr = AES.encrypt(message, key, { iv, mode: CryptoJS.mode.CTR, padding: CryptoJS.pad.NoPadding });
  // ruleid: javascript-cryptojs-cipher -> AES-CFB
  const cfb = CryptoJS.AES.encrypt(message, key, { iv, mode: MODE });
  // ruleid: javascript-cryptojs-cipher -> AES-CBC
  const ivOnly = CryptoJS.AES.encrypt(message, key, { iv: iv });
  // ruleid: javascript-cryptojs-cipher -> DES-56-CBC
  const des = CryptoJS.DES.encrypt(message, key);
  // ruleid: javascript-cryptojs-cipher -> 3DES mode=ecb
  const tdes = TripleDES.encrypt(message, key, { mode: CryptoJS.mode.ECB });
  // ruleid: javascript-cryptojs-cipher -> AES
  const configured = CryptoJS.AES.encrypt(message, key, { iv, mode: options.mode });
  // ok: javascript-cryptojs-cipher
  const rc4 = CryptoJS.RC4.encrypt(message, key);
  // ok: javascript-cryptojs-cipher
  const plain = CryptoJS.AES.decrypt(ciphertext, SECRET).toString(CryptoJS.enc.Utf8);
  // ok: javascript-cryptojs-cipher
  const hash = CryptoJS.SHA256(message).toString();
  // ok: javascript-cryptojs-cipher
  const other = aesjs.AES.encrypt(message, key);
  return [ciphertext, ecb, cbc, ctr, cfb, ivOnly, des, tdes, configured, rc4, plain, hash, other];
}
