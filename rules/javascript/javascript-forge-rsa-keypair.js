var forge = require('node-forge');
var pki = forge.pki;
var rsa = forge.pki.rsa;

var KEY_BITS = 4096;

function keys(bits, callback) {
  // ruleid: javascript-forge-rsa-keypair -> RSA-2048 function=keygen
  var keypair = rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  // ruleid: javascript-forge-rsa-keypair -> RSA-4096
  var strong = forge.pki.rsa.generateKeyPair({ bits: KEY_BITS, workers: 2 }, callback);
  // ruleid: javascript-forge-rsa-keypair -> RSA-1024
  var weak = pki.rsa.generateKeyPair(1024);
  // ruleid: javascript-forge-rsa-keypair -> RSA-2048
  var positional = forge.pki.rsa.generateKeyPair(2048, 0x10001);
  // ruleid: javascript-forge-rsa-keypair -> RSA unresolved=size
  var sized = forge.pki.rsa.generateKeyPair({ bits: bits });
  // ruleid: javascript-forge-rsa-keypair -> RSA-2048
  var defaults = forge.pki.rsa.generateKeyPair({ workers: -1 }, callback);
  // ruleid: javascript-forge-rsa-keypair -> RSA-2048
  var none = rsa.generateKeyPair();
  // ok: javascript-forge-rsa-keypair
  var ed = forge.pki.ed25519.generateKeyPair();
  // ok: javascript-forge-rsa-keypair
  var node = require('crypto').generateKeyPairSync('rsa', { modulusLength: 2048 });
  return [defaults, none, keypair, strong, weak, positional, sized, ed, node];
}
