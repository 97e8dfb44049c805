var forge = require('node-forge');

var HASH = 'sha512';

function macs(key, message, hashName) {
  // ruleid: javascript-forge-hmac -> HMAC-SHA-256 function=tag
  var hmac = forge.hmac.create();
  hmac.start('sha256', key);
  hmac.update(message);
  // ruleid: javascript-forge-hmac -> HMAC-SHA-1
  var legacy = forge.hmac.create();
  legacy.start(forge.md.sha1.create(), key);
  // ruleid: javascript-forge-hmac -> HMAC-SHA-512
  var strong = forge.hmac.create();
  strong.start(HASH, key);
  // ruleid: javascript-forge-hmac -> HMAC unresolved=hash
  var chosen = forge.hmac.create();
  chosen.start(hashName, key);
  // ruleid: javascript-forge-hmac -> HMAC
  var unstarted = forge.hmac.create();
  // ok: javascript-forge-hmac
  server.start('sha256', key);
  return [hmac.digest().toHex(), legacy, strong, chosen, unstarted];
}
