from Crypto.Hash import HMAC, SHA256, SHA1
from Cryptodome.Hash import HMAC as HMACX, SHA512


def tag(secret, msg):
    # ruleid: python-pycryptodome-hmac -> HMAC-SHA-256 function=tag
    h = HMAC.new(secret, digestmod=SHA256)
    h.update(msg)
    # ruleid: python-pycryptodome-hmac -> HMAC-SHA-1
    legacy = HMAC.new(secret, msg, SHA1).hexdigest()
    # ruleid: python-pycryptodome-hmac -> HMAC-SHA-512
    strong = HMACX.new(secret, msg=msg, digestmod=SHA512)
    # ruleid: python-pycryptodome-hmac -> HMAC-MD5
    default = HMAC.new(secret, msg)
    # ok: python-pycryptodome-hmac
    std = hmac.new(secret, msg, hashlib.sha256)
    return h, legacy, strong, default, std
