from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF, HKDFExpand
from cryptography.hazmat.primitives.kdf.x963kdf import X963KDF
from cryptography.hazmat.primitives.kdf import concatkdf


def derive(shared, salt):
    # ruleid: python-cryptography-kdf -> HKDF-SHA-256 function=keyderive
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"handshake data")
    # ruleid: python-cryptography-kdf -> HKDF-SHA-512
    positional = HKDF(hashes.SHA512(), 64, None, b"info")
    # ruleid: python-cryptography-kdf -> HKDF-SHA-384
    expand = HKDFExpand(
        algorithm=hashes.SHA384(),
        length=48,
        info=b"expand",
    )
    # ruleid: python-cryptography-kdf -> ANSI-X9.63-KDF
    x = X963KDF(algorithm=hashes.SHA256(), length=32, sharedinfo=None)
    # ruleid: python-cryptography-kdf -> SP800-56C-OneStep
    c = concatkdf.ConcatKDFHash(algorithm=hashes.SHA256(), length=32, otherinfo=None)
    # ok: python-cryptography-kdf
    s = Scrypt(salt=salt, length=32, n=2**14, r=8, p=1)
    # ok: python-cryptography-kdf
    key = hkdf.derive(shared)
    return hkdf, positional, expand, x, c, key
