var forge = require('node-forge');

var ITERATIONS = 10000;

function derive(password, salt, rounds, callback) {
  // ruleid: javascript-forge-pbkdf2 -> PBKDF2-SHA-1 function=keyderive note=1000_iterations
  var key = forge.pkcs5.pbkdf2(password, salt, 1000, 16);
  // ruleid: javascript-forge-pbkdf2 -> PBKDF2-SHA-256 note=10000_iterations
  var sha256 = forge.pkcs5.pbkdf2(password, salt, ITERATIONS, 32, 'sha256');
  // ruleid: javascript-forge-pbkdf2 -> PBKDF2-SHA-512 note=20000_iterations
  var withMd = forge.pkcs5.pbkdf2(password, salt, 20000, 32, forge.md.sha512.create());
  // ruleid: javascript-forge-pbkdf2 -> PBKDF2 unresolved=iterations
  forge.pkcs5.pbkdf2(password, salt, rounds, 16, callback);
  var md = forge.md.sha256.create();
  // ruleid: javascript-forge-pbkdf2 -> PBKDF2-SHA-256
  var viaVariable = forge.pkcs5.pbkdf2(password, salt, 10000, 32, md);
  // ok: javascript-forge-pbkdf2
  var node = require('crypto').pbkdf2Sync(password, salt, 1000, 16, 'sha1');
  return [viaVariable, key, sha256, withMd, node];
}
