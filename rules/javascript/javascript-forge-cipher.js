var forge = require('node-forge');

var MODE = 'AES-GCM';

function encrypt(key, iv, bytes, algorithm) {
  // ruleid: javascript-forge-cipher -> AES-CBC function=encrypt
  var cipher = forge.cipher.createCipher('AES-CBC', key);
  cipher.start({ iv: iv });
  cipher.update(forge.util.createBuffer(bytes));
  cipher.finish();
  // ruleid: javascript-forge-cipher -> AES-GCM mode=gcm
  var gcm = forge.cipher.createCipher(MODE, key);
  gcm.start({ iv: iv, additionalData: 'binary-encoded string', tagLength: 128 });
  // ruleid: javascript-forge-cipher -> 3DES-168-CBC
  var tdes = forge.cipher.createCipher('3DES-CBC', key);
  // ruleid: javascript-forge-cipher -> DES-56-ECB
  var des = forge.cipher.createCipher('DES-ECB', key);
  // ruleid: javascript-forge-cipher -> AES-ECB
  var ecb = forge.cipher.createCipher('AES-ECB', key);
  // ruleid: javascript-forge-cipher -> AES-CTR
  var ctr = forge.cipher.createCipher('AES-CTR', key);
  // ruleid: javascript-forge-cipher -> unknown unresolved=algorithm
  var chosen = forge.cipher.createCipher(algorithm, key);
  // ok: javascript-forge-cipher
  var decipher = forge.cipher.createDecipher('AES-CBC', key);
  // ok: javascript-forge-cipher
  var node = require('crypto').createCipher('aes-256-cbc', key);
  return [cipher.output.toHex(), gcm, tdes, des, ecb, ctr, chosen, decipher, node];
}
