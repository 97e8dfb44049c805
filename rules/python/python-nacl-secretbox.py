import nacl.secret
import nacl.utils
from nacl import secret
from nacl.secret import SecretBox


def seal(key, message):
    # ruleid: python-nacl-secretbox -> XSalsa20-Poly1305 function=encrypt
    box = nacl.secret.SecretBox(key)
    # ruleid: python-nacl-secretbox -> XSalsa20-Poly1305
    ct = SecretBox(key).encrypt(message)
    # ruleid: python-nacl-secretbox -> XChaCha20-Poly1305
    aead = secret.Aead(key)
    # ok: python-nacl-secretbox
    key2 = nacl.utils.random(nacl.secret.SecretBox.KEY_SIZE)
    # ok: python-nacl-secretbox
    other = mylib.SecretBox(key)
    return box, ct, aead, key2, other
