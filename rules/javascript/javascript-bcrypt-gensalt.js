var bcrypt = require('bcrypt-nodejs');

function hashPassword(password) {
  // ruleid: javascript-bcrypt-gensalt -> bcrypt function=generate
  var salt = bcrypt.genSaltSync(8);
  // ruleid: javascript-bcrypt-gensalt -> bcrypt
  bcrypt.genSalt(10, function (err, generated) {});
  // ok: javascript-bcrypt-gensalt
  var hash = bcrypt.hashSync(password, salt, null);
  // ok: javascript-bcrypt-gensalt
  var other = crypto.randomBytes(16);
  return [salt, hash, other];
}
