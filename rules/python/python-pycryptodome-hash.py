from Crypto.Hash import MD5, SHA, SHA256, SHA3_256, RIPEMD
from Cryptodome.Hash import BLAKE2b, SHA512
import Crypto.Hash.SHA1


def digest(data):
    # ruleid: python-pycryptodome-hash -> MD5 function=digest
    a = MD5.new(data).hexdigest()
    # ruleid: python-pycryptodome-hash -> SHA-1
    b = SHA.new(data)
    # ruleid: python-pycryptodome-hash -> SHA-256
    c = SHA256.new()
    c.update(data)
    # ruleid: python-pycryptodome-hash -> SHA3-256
    d = SHA3_256.new(data)
    # ruleid: python-pycryptodome-hash -> RIPEMD-160
    e = RIPEMD.new(data)
    # ruleid: python-pycryptodome-hash -> BLAKE2b-512
    f = BLAKE2b.new(digest_bits=512)
    # ruleid: python-pycryptodome-hash -> SHA-512
    g = SHA512.new(data)
    # ruleid: python-pycryptodome-hash -> SHA-1
    h = Crypto.Hash.SHA1.new(data)
    # ok: python-pycryptodome-hash
    i = hashlib.new("sha256")
    # ok: python-pycryptodome-hash
    j = HMAC.new(b"key", digestmod=SHA256)
    return a, b, c, d, e, f, g, h, i, j
