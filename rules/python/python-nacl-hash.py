import nacl.encoding
import nacl.hash
from nacl.hash import blake2b


def digest(msg, key):
    # ruleid: python-nacl-hash -> SHA-256 function=digest
    a = nacl.hash.sha256(msg, encoder=nacl.encoding.HexEncoder)
    # ruleid: python-nacl-hash -> SHA-512
    b = nacl.hash.sha512(msg)
    # ruleid: python-nacl-hash -> BLAKE2b-256
    c = blake2b(msg, key=key)
    # ruleid: python-nacl-hash -> SipHash
    d = nacl.hash.siphash24(msg, key=key)
    # ok: python-nacl-hash
    e = hashlib.sha256(msg)
    return a, b, c, d, e
