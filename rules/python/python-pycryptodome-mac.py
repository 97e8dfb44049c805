from Crypto.Cipher import ChaCha20
from Crypto.Hash import KMAC128, KMAC256, Poly1305
from Cryptodome.Hash import KMAC256 as K256
import Crypto.Hash.Poly1305


def kmac(key, data):
    # ruleid: python-pycryptodome-mac -> KMAC128 function=tag
    mac = KMAC128.new(key=key, mac_len=32, custom=b"session")
    mac.update(data)
    # ruleid: python-pycryptodome-mac -> KMAC256
    strong = KMAC256.new(key=key, data=data, mac_len=64)
    # ruleid: python-pycryptodome-mac -> KMAC256
    tag = K256.new(key=key).update(data).hexdigest()
    return mac.digest(), strong.digest(), tag


def one_time(key, data):
    # ruleid: python-pycryptodome-mac -> Poly1305
    mac = Poly1305.new(key=key, cipher=ChaCha20, data=data)
    # ruleid: python-pycryptodome-mac -> Poly1305
    other = Crypto.Hash.Poly1305.new(key=key, cipher=ChaCha20)
    return mac.nonce, mac.hexdigest(), other


def not_a_mac(key, data):
    # ok: python-pycryptodome-mac
    h = SHA256.new(data)
    # ok: python-pycryptodome-mac
    p = poly1305_lib.Poly1305.new(key)
    # ok: python-pycryptodome-mac
    aead = ChaCha20_Poly1305.new(key=key)
    return h, p, aead
