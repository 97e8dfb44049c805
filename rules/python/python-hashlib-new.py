import hashlib
from hashlib import new as new_hash

HASH_NAME = "sha512_256"


def digest(data, configured):
    # ruleid: python-hashlib-new -> SHA-1 function=digest
    a = hashlib.new("sha1", data)
    # ruleid: python-hashlib-new -> SHA-512/256
    b = hashlib.new(HASH_NAME)
    # ruleid: python-hashlib-new -> RIPEMD-160
    c = hashlib.new('ripemd160', data).hexdigest()
    # ruleid: python-hashlib-new -> MD4
    d = new_hash("MD4")
    # ruleid: python-hashlib-new -> SHA3-384
    e = hashlib.new("sha3_384")
    # ruleid: python-hashlib-new -> BLAKE2b-512
    f = hashlib.new("blake2b512")
    # ruleid: python-hashlib-new -> unknown unresolved=algorithm
    g = hashlib.new(configured)
    # ruleid: python-hashlib-new -> SHA-224
    k = hashlib.new(name="sha224", data=data)
    # ok: python-hashlib-new
    h = hmac.new(key, data, "sha1")
    # ok: python-hashlib-new
    i = AES.new(key, AES.MODE_ECB)
    return a, b, c, d, e, f, g, h, i
