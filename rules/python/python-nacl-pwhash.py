import nacl.pwhash
import nacl.secret
from nacl.pwhash import argon2i, scrypt


def derive(password, salt):
    # ruleid: python-nacl-pwhash -> Argon2id function=keyderive
    key = nacl.pwhash.argon2id.kdf(nacl.secret.SecretBox.KEY_SIZE, password, salt)
    # ruleid: python-nacl-pwhash -> Argon2id
    stored = nacl.pwhash.str(password)
    # ruleid: python-nacl-pwhash -> Argon2i
    legacy = argon2i.str(password)
    # ruleid: python-nacl-pwhash -> scrypt
    skey = scrypt.kdf(32, password, salt, opslimit=scrypt.OPSLIMIT_SENSITIVE)
    # ok: python-nacl-pwhash
    ok = nacl.pwhash.verify(stored, password)
    return key, stored, legacy, skey, ok
