var forge = require('node-forge');

function mac(key, message) {
  // ruleid: javascript-forge-hmac -> HMAC-SHA-256 function=tag
  var hmac = forge.hmac.create();
  hmac.start('sha256', key);
  hmac.update(message);
  // ruleid: javascript-forge-hmac -> HMAC-SHA-1
  var legacy = forge.hmac.create();
  legacy.start(forge.md.sha1.create(), key);
  // ok: javascript-forge-hmac
  var digest = forge.md.sha256.create();
  // ok: javascript-forge-hmac
  var node = require('crypto').createHmac('sha256', key);
  return [hmac.digest().toHex(), legacy, digest, node];
}
