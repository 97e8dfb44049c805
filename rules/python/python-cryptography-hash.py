import sys

from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.hashes import SHA3_256, Hash


def digest(data):
    # ruleid: python-cryptography-hash -> SHA-256 function=digest
    h = hashes.Hash(hashes.SHA256())
    h.update(data)
    # ruleid: python-cryptography-hash -> MD5
    m = hashes.Hash(hashes.MD5(), backend=default_backend())
    # ruleid: python-cryptography-hash -> SHA3-256
    s = Hash(SHA3_256())
    # ruleid: python-cryptography-hash -> SHA-512/256
    t = hashes.Hash(hashes.SHA512_256(), default_backend())
    # ruleid: python-cryptography-hash -> BLAKE2b-512
    b = hashes.Hash(hashes.BLAKE2b(64))
    # ruleid: python-cryptography-hash -> SHA-1
    one = hashes.Hash(hashes.SHA1()).finalize()
    # ruleid: python-cryptography-hash -> SHAKE128
    x = hashes.Hash(hashes.SHAKE128(digest_size=32))
    # ruleid: python-cryptography-hash -> SHAKE256
    xof = hashes.XOFHash(hashes.SHAKE256(digest_size=sys.maxsize))
    # ok: python-cryptography-hash
    other = mylib.Hash(data)
    # ok: python-cryptography-hash
    return h.finalize(), m, s, t, b, one, x, xof.squeeze(64), other
