import hashlib
import hashlib as hl
from hashlib import md5, sha256 as s256


def fingerprint(data):
    # ruleid: python-hashlib-constructor -> MD5 function=digest
    a = hashlib.md5(data).hexdigest()
    # ruleid: python-hashlib-constructor -> SHA-1
    b = hashlib.sha1()
    # ruleid: python-hashlib-constructor -> SHA-256
    c = hl.sha256(data)
    # ruleid: python-hashlib-constructor -> MD5
    d = md5(data, usedforsecurity=False)
    # ruleid: python-hashlib-constructor -> SHA-256
    e = s256(data).digest()
    # ruleid: python-hashlib-constructor -> SHA3-256
    f = hashlib.sha3_256(data)
    # ruleid: python-hashlib-constructor -> SHAKE128
    g = hashlib.shake_128(data).hexdigest(16)
    # ruleid: python-hashlib-constructor -> BLAKE2b-512
    h = hashlib.blake2b(data, digest_size=64)
    # ruleid: python-hashlib-constructor -> BLAKE2s-256
    i = hashlib.blake2s(data)
    # ruleid: python-hashlib-constructor -> SHA-512
    j = hashlib.sha512(); j.update(data)
    # ok: python-hashlib-constructor
    k = mylib.md5(data)
    # ok: python-hashlib-constructor
    l = sha256(data)
    # ok: python-hashlib-constructor
    algorithm = "hashlib.md5"
    return a, b, c, d, e, f, g, h, i, j, k, l
