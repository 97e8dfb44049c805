var crypto = require('crypto');

var algorithm = 'aes-256-ctr';

function encrypt(text, password) {
  // ruleid: javascript-node-cipher-legacy -> AES-256-CTR function=encrypt note=deprecated_createCipher
  var cipher = crypto.createCipher(algorithm, password);
  var crypted = cipher.update(text, 'utf8', 'hex');
  crypted += cipher.final('hex');
  return crypted;
}

function legacyTripleDes(text, password) {
  // ruleid: javascript-node-cipher-legacy -> 3DES-168-CBC
  var cipher = crypto.createCipher('des-ede3-cbc', password);
  // ruleid: javascript-node-cipher-legacy -> AES-256-CBC
  var aes = crypto.createCipher('aes256', password);
  // ok: javascript-node-cipher-legacy
  var modern = crypto.createCipheriv('aes-256-gcm', key, iv);
  // ok: javascript-node-cipher-legacy
  var decipher = crypto.createDecipher('aes256', password);
  return [cipher, aes, modern, decipher];
}
